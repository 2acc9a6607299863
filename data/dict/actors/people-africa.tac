@kind actors
# People of Africa (Egypt is in people-middle-east.tac). Military rulers who
# took power by coup are {country}MIL until they assume the head-of-state
# office and {country}GOV from then; their forces stay {country}MIL.

# ---------------------------------------------------------------- Sudan and South Sudan
ACT.SDN.BURHAN       | SDNMIL ..2019-04-12; SDNGOV 2019-04-12.. | Abdel Fattah al-Burhan; Abdel Fattah Burhan; Abdel-Fattah Burhan; General Burhan; al-Burhan; Burhan
ACT.SDN.HEMEDTI      | SDNMIL ..2023-04-15; SDNREB 2023-04-15.. | Mohamed Hamdan Dagalo; Mohammed Hamdan Dagalo; Hamdan Dagalo; Hemedti; Hemeti; Dagalo
ACT.SDN.ABDELRAHIM   | SDNMIL ..2023-04-15; SDNREB 2023-04-15.. | Abdelrahim Dagalo; Abdel Rahim Hamdan Dagalo
ACT.SDN.KAMILIDRIS   | SDNGOV 2025-05-19..; SDNGOV | Kamil Idris; Kamil al-Tayeb Idris
ACT.SDN.HAMDOK       | SDNGOV 2019-08-21..2022-01-02; SDNOPP 2022-01-02..; SDNGOV | Abdalla Hamdok; Abdallah Hamdok; Hamdok
ACT.SDN.AGAR         | SDNGOV 2023-05-19..; SDNGOV | Malik Agar; Malik Aggar
ACT.SDN.KABBASHI     | SDNMIL | Shams al-Din Kabbashi; Shamseldin Kabbashi; Yasser al-Atta; Yasir al-Atta
ACT.SDN.BASHIR       | SDNGOV 1989-06-30..2019-04-11; SDNELI 2019-04-11..; SDNGOV | Omar al-Bashir; Omar Hassan al-Bashir
ACT.SDN.HILU         | SDNREB | Abdel Aziz al-Hilu; Abdelaziz al-Hilu
ACT.SDN.MINNAWI      | SDNGOV | Minni Minnawi; Minni Arko Minnawi
ACT.SDN.LAMAMRA      | IGOUNO 2023-11-01..; IGOUNO | Ramtane Lamamra; Lamamra
ACT.SSD.KIIR         | SSDGOV 2011-07-09..; SSDGOV | Salva Kiir; Salva Kiir Mayardit; Kiir
ACT.SSD.MACHAR       | SSDGOV 2020-02-22..2025-03-26; SSDOPP 2025-03-26..; SSDGOV | Riek Machar; Machar

# ---------------------------------------------------------------- Horn of Africa and East Africa
ACT.ETH.ABIY         | ETHGOV 2018-04-02..; ETHGOV | Abiy Ahmed; Abiy Ahmed Ali; Abiy
ACT.ETH.TAYE         | ETHGOV 2023-02-01..; ETHGOV | Taye Atske Selassie; Taye Atske-Selassie
ACT.ETH.GEDION       | ETHGOV 2024-02-01..; ETHGOV | Gedion Timothewos
ACT.ETH.DEBRETSION   | ETHREB 2020-11-04..2022-11-02; ETHOPP 2022-11-02..; ETHREB | Debretsion Gebremichael; Debretsion
ACT.ETH.GETACHEW     | ETHREB 2020-11-04..2022-11-02; ETHGOV 2023-03-23..; ETHREB | Getachew Reda
ACT.ETH.TADESSE      | ETHGOV 2025-04-08..; ETHGOV | Tadesse Werede
ACT.ERI.ISAIAS       | ERIGOV 1993-05-24..; ERIGOV | Isaias Afwerki; Isaias Afewerki; Isaias
ACT.ERI.OSMANSALEH   | ERIGOV | Osman Saleh; Yemane Gebremeskel
ACT.SOM.HSM          | SOMGOV 2012-09-16..2017-02-08; SOMOPP 2017-02-08..2022-05-23; SOMGOV 2022-05-23..; SOMGOV | Hassan Sheikh Mohamud; Hassan Sheikh Mohamoud
ACT.SOM.BARRE        | SOMGOV 2022-06-25..; SOMGOV | Hamza Abdi Barre
ACT.SOM.FIQI         | SOMGOV | Ahmed Moalim Fiqi; Abdisalam Abdi Ali
ACT.SOM.FARMAAJO     | SOMGOV 2017-02-08..2022-05-23; SOMOPP 2022-05-23..; SOMGOV | Mohamed Abdullahi Farmaajo; Mohamed Abdullahi Mohamed; Farmaajo; Farmajo
ACT.SOM.IRRO         | SOMGOV 2024-12-12..; SOMGOV | Abdirahman Mohamed Abdullahi; Abdirahman Irro
ACT.SOM.BIHI         | SOMGOV ..2024-12-12; SOMELI | Muse Bihi Abdi
ACT.SOM.DIRIYE       | SOMREB | Ahmed Diriye; Ahmed Umar Abu Ubaidah; Ahmad Umar
ACT.KEN.RUTO         | KENGOV 2013-04-09..; KENGOV | William Ruto; William Samoei Ruto; Ruto
ACT.KEN.MUDAVADI     | KENGOV 2022-10-27..; KENGOV | Musalia Mudavadi; Mudavadi
ACT.KEN.KINDIKI      | KENGOV 2022-10-27..; KENGOV | Kithure Kindiki
ACT.KEN.GACHAGUA     | KENGOV 2022-09-13..2024-10-18; KENOPP 2024-10-18..; KENGOV | Rigathi Gachagua; Gachagua
ACT.KEN.ODINGA       | KENOPP ..2025-10-15; KENELI | Raila Odinga; Raila
ACT.KEN.KENYATTA     | KENGOV 2013-04-09..2022-09-13; KENELI 2022-09-13..; KENGOV | Uhuru Kenyatta
ACT.UGA.MUSEVENI     | UGAGOV 1986-01-29..; UGAGOV | Yoweri Museveni; Museveni
ACT.UGA.MUHOOZI      | UGAMIL | Muhoozi Kainerugaba; Muhoozi
ACT.UGA.BOBIWINE     | UGAOPP | Bobi Wine; Robert Kyagulanyi; Robert Kyagulanyi Ssentamu
ACT.UGA.BESIGYE      | UGAOPP | Kizza Besigye; Besigye
ACT.TZA.SAMIA        | TZAGOV 2015-11-05..; TZAGOV | Samia Suluhu Hassan; Samia Suluhu; Samia
ACT.TZA.LISSU        | TZAOPP | Tundu Lissu; Lissu
ACT.TZA.KOMBO        | TZAGOV 2024-12-08..; TZAGOV | Mahmoud Thabit Kombo
ACT.RWA.KAGAME       | RWAGOV 2000-03-24..; RWAGOV | Paul Kagame; Kagame
ACT.RWA.NDUHUNGIREHE | RWAGOV 2023-12-01..; RWAGOV | Olivier Nduhungirehe; Nduhungirehe
ACT.RWA.MAKOLO       | RWAGOV | Yolande Makolo
ACT.BDI.NDAYISHIMIYE | BDIGOV 2020-06-18..; BDIGOV | Evariste Ndayishimiye; Évariste Ndayishimiye; Ndayishimiye

# ---------------------------------------------------------------- Central Africa
ACT.COD.TSHISEKEDI   | CODGOV 2019-01-24..; CODGOV | Felix Tshisekedi; Félix Tshisekedi; Felix Antoine Tshisekedi; Tshisekedi
ACT.COD.SUMINWA      | CODGOV 2024-06-12..; CODGOV | Judith Suminwa; Judith Suminwa Tuluka
ACT.COD.KAYIKWAMBA   | CODGOV 2024-06-12..; CODGOV | Therese Kayikwamba Wagner; Thérèse Kayikwamba Wagner
ACT.COD.MUYAYA       | CODGOV | Patrick Muyaya
ACT.COD.KABILA       | CODGOV 2001-01-26..2019-01-24; CODELI 2019-01-24..; CODGOV | Joseph Kabila; Kabila
ACT.COD.KATUMBI      | CODOPP | Moise Katumbi; Moïse Katumbi; Katumbi
ACT.COD.FAYULU       | CODOPP | Martin Fayulu; Fayulu
ACT.COD.MUKWEGE      | CODHLH | Denis Mukwege; Mukwege
ACT.COD.NANGAA       | CODREB 2023-12-15..; CODREB | Corneille Nangaa; Nangaa
ACT.COD.MAKENGA      | CODREB | Sultani Makenga; Bertrand Bisimwa; Lawrence Kanyuka; Willy Ngoma
ACT.CAF.TOUADERA     | CAFGOV 2016-03-30..; CAFGOV | Faustin-Archange Touadera; Faustin-Archange Touadéra; Touadera; Touadéra
ACT.TCD.MDEBY        | TCDMIL ..2021-04-20; TCDGOV 2021-04-20.. | Mahamat Idriss Deby; Mahamat Idriss Déby; Mahamat Deby; Mahamat Déby
ACT.TCD.IDEBY        | TCDGOV 1990-12-02..2021-04-20; TCDELI | Idriss Deby; Idriss Déby
ACT.TCD.MASRA        | TCDOPP ..2024-01-01; TCDGOV 2024-01-01..2024-05-22; TCDOPP 2024-05-22.. | Succes Masra; Succès Masra; Masra
ACT.GAB.OLIGUI       | GABMIL ..2023-08-30; GABGOV 2023-08-30.. | Brice Oligui Nguema; Oligui Nguema
ACT.GAB.BONGO        | GABGOV 2009-10-16..2023-08-30; GABELI 2023-08-30..; GABGOV | Ali Bongo; Ali Bongo Ondimba
ACT.CMR.BIYA         | CMRGOV 1982-11-06..; CMRGOV | Paul Biya; Biya
ACT.CMR.TCHIROMA     | CMROPP | Issa Tchiroma Bakary; Issa Tchiroma; Maurice Kamto
ACT.COG.SASSOU       | COGGOV 1997-10-25..; COGGOV | Denis Sassou Nguesso; Sassou Nguesso
ACT.AGO.LOURENCO     | AGOGOV 2017-09-26..; AGOGOV | Joao Lourenco; João Lourenço; Lourenco; Lourenço
ACT.AGO.TETE         | AGOGOV 2020-04-01..; AGOGOV | Tete Antonio; Téte António

# ---------------------------------------------------------------- West Africa and the Sahel
ACT.NGA.TINUBU       | NGAGOV 2023-05-29..; NGAGOV | Bola Tinubu; Bola Ahmed Tinubu; Tinubu
ACT.NGA.SHETTIMA     | NGAGOV 2023-05-29..; NGAGOV | Kashim Shettima; Shettima
ACT.NGA.TUGGAR       | NGAGOV 2023-08-21..; NGAGOV | Yusuf Tuggar; Yusuf Maitama Tuggar
ACT.NGA.BADARU       | NGAGOV 2023-08-21..; NGAGOV | Mohammed Badaru Abubakar; Badaru Abubakar
ACT.NGA.RIBADU       | NGAGOV 2023-06-19..; NGAGOV | Nuhu Ribadu
ACT.NGA.MUSA         | NGAMIL | Christopher Musa; Christopher Gwabin Musa; Olufemi Oluyede
ACT.NGA.CARDOSO      | NGAGOVBUS 2023-09-22..; NGAGOVBUS | Olayemi Cardoso
ACT.NGA.BUHARI       | NGAGOV 2015-05-29..2023-05-29; NGAELI 2023-05-29..2025-07-13; NGAELI | Muhammadu Buhari; Buhari
ACT.NGA.ATIKU        | NGAOPP | Atiku Abubakar; Atiku
ACT.NGA.OBI          | NGAOPP | Peter Obi
ACT.NGA.KANU         | NGAREB | Nnamdi Kanu
ACT.NGA.SHEKAU       | NGAREB ..2021-05-19; NGAREB | Abubakar Shekau; Shekau
ACT.GHA.MAHAMA       | GHAGOV 2012-07-24..2017-01-07; GHAOPP 2017-01-07..2025-01-07; GHAGOV 2025-01-07..; GHAGOV | John Mahama; John Dramani Mahama; Mahama
ACT.GHA.AKUFOADDO    | GHAGOV 2017-01-07..2025-01-07; GHAELI 2025-01-07..; GHAGOV | Nana Akufo-Addo; Akufo-Addo
ACT.GHA.ABLAKWA      | GHAGOV 2025-01-22..; GHAGOV | Samuel Okudzeto Ablakwa; Okudzeto Ablakwa
ACT.SEN.FAYE         | SENGOV 2024-04-02..; SENGOV | Bassirou Diomaye Faye; Diomaye Faye
ACT.SEN.SONKO        | SENOPP ..2024-04-02; SENGOV 2024-04-02.. | Ousmane Sonko; Sonko
ACT.SEN.SALL         | SENGOV 2012-04-02..2024-04-02; SENELI 2024-04-02..; SENGOV | Macky Sall
ACT.CIV.OUATTARA     | CIVGOV 2010-12-04..; CIVGOV | Alassane Ouattara; Ouattara
ACT.CIV.THIAM        | CIVOPP | Tidjane Thiam; Laurent Gbagbo
ACT.MLI.GOITA        | MLIMIL 2020-08-18..2021-05-24; MLIGOV 2021-05-24..; MLIMIL | Assimi Goita; Assimi Goïta; Goita; Goïta
ACT.MLI.DIOP         | MLIGOV 2021-06-11..; MLIGOV | Abdoulaye Diop
ACT.MLI.CAMARA       | MLIGOV 2020-10-05..; MLIGOV | Sadio Camara
ACT.MLI.AMAIGA       | MLIGOV 2021-06-11..; MLIGOV | Abdoulaye Maiga; Abdoulaye Maïga
ACT.MLI.CMAIGA       | MLIGOV 2021-06-07..2024-11-20; MLIOPP 2024-11-20..; MLIGOV | Choguel Kokalla Maiga; Choguel Maïga; Choguel Maiga
ACT.MLI.AGGHALY      | MLIREB | Iyad Ag Ghaly; Iyad ag Ghali; Ag Ghaly
ACT.MLI.KOUFA        | MLIREB | Amadou Koufa; Amadou Kouffa
ACT.BFA.TRAORE       | BFAMIL ..2022-09-30; BFAGOV 2022-09-30.. | Ibrahim Traore; Ibrahim Traoré; Captain Ibrahim Traore; Captain Traoré
ACT.BFA.DAMIBA       | BFAMIL ..2022-01-24; BFAGOV 2022-01-24..2022-09-30; BFAELI 2022-09-30.. | Paul-Henri Sandaogo Damiba; Paul-Henri Damiba; Damiba
ACT.BFA.KJMTRAORE    | BFAGOV 2023-01-01..; BFAGOV | Karamoko Jean-Marie Traore; Karamoko Jean-Marie Traoré
ACT.BFA.OUEDRAOGO    | BFAGOV 2024-12-07..; BFAGOV | Rimtalba Jean Emmanuel Ouedraogo; Rimtalba Jean Emmanuel Ouédraogo
ACT.BFA.KYELEM       | BFAGOV 2022-10-21..2024-12-06; BFAELI | Apollinaire Kyelem de Tambela; Apollinaire Kyélem de Tambèla
ACT.NER.TCHIANI      | NERMIL ..2023-07-26; NERGOV 2023-07-26.. | Abdourahamane Tchiani; Abdourahmane Tiani; Abdourahamane Tiani; Tchiani; Tiani
ACT.NER.BAZOUM       | NERGOV 2021-04-02..2023-07-26; NERELI 2023-07-26..; NERGOV | Mohamed Bazoum; Bazoum
ACT.NER.ZEINE        | NERGOV 2023-08-08..; NERGOV | Ali Lamine Zeine; Ali Mahaman Lamine Zeine
ACT.NER.SANGARE      | NERGOV 2023-08-08..; NERGOV | Bakary Yaou Sangare; Bakary Yaou Sangaré; Salifou Mody
ACT.GIN.DOUMBOUYA    | GINMIL ..2021-09-05; GINGOV 2021-09-05.. | Mamady Doumbouya; Doumbouya
ACT.GIN.CONDE        | GINGOV 2010-12-21..2021-09-05; GINELI 2021-09-05..; GINGOV | Alpha Conde; Alpha Condé
ACT.GIN.BAH          | GINGOV 2024-02-27..; GINGOV | Amadou Oury Bah
ACT.GNB.EMBALO       | GNBGOV 2020-02-27..2025-11-26; GNBELI 2025-11-26..; GNBGOV | Umaro Sissoco Embalo; Umaro Sissoco Embaló; Embalo; Embaló
ACT.GNB.NTAM         | GNBMIL ..2025-11-27; GNBGOV 2025-11-27.. | Horta N'Tam; Horta Inta-A; Horta Inta-a Na Man
ACT.SLE.BIO          | SLEGOV 2018-04-04..; SLEGOV | Julius Maada Bio; Maada Bio
ACT.LBR.BOAKAI       | LBRGOV 2024-01-22..; LBRGOV | Joseph Boakai; Joseph Nyuma Boakai; Boakai
ACT.TGO.GNASSINGBE   | TGOGOV 2005-05-04..; TGOGOV | Faure Gnassingbe; Faure Gnassingbé; Gnassingbe; Gnassingbé
ACT.BEN.TALON        | BENGOV 2016-04-06..; BENGOV | Patrice Talon
ACT.MRT.GHAZOUANI    | MRTGOV 2019-08-01..; MRTGOV | Mohamed Ould Ghazouani; Mohamed Ould Cheikh El Ghazouani; Ghazouani
ACT.GMB.BARROW       | GMBGOV 2017-01-19..; GMBGOV | Adama Barrow

# ---------------------------------------------------------------- North Africa
ACT.DZA.TEBBOUNE     | DZAGOV 2019-12-19..; DZAGOV | Abdelmadjid Tebboune; Abdelmadjid Tebboun; Tebboune
ACT.DZA.ATTAF        | DZAGOV 2023-03-16..; DZAGOV | Ahmed Attaf
ACT.DZA.CHANEGRIHA   | DZAMIL 2019-12-23..; DZAMIL | Said Chanegriha; Saïd Chanegriha
ACT.MAR.MOHAMMEDVI   | MARGOV 1999-07-23..; MARGOV | King Mohammed VI; Mohammed VI
ACT.MAR.AKHANNOUCH   | MARGOV 2021-10-07..; MARGOV | Aziz Akhannouch; Akhannouch
ACT.MAR.BOURITA      | MARGOV 2017-04-05..; MARGOV | Nasser Bourita; Bourita
ACT.TUN.SAIED        | TUNGOV 2019-10-23..; TUNGOV | Kais Saied; Kaïs Saïed; Saied
ACT.TUN.ZENZRI       | TUNGOV 2025-03-21..; TUNGOV | Sarra Zaafrani Zenzri
ACT.TUN.NAFTI        | TUNGOV 2025-02-01..; TUNGOV | Mohamed Ali Nafti
ACT.TUN.GHANNOUCHI   | TUNOPP | Rached Ghannouchi; Ghannouchi; Ennahda; Ennahda party
ACT.LBY.DBEIBAH      | LBYGOV 2021-03-15..; LBYGOV | Abdul Hamid Dbeibah; Abdulhamid Dbeibah; Abdul Hamid Dbeibeh; Dbeibah; Dbeibeh
ACT.LBY.MENFI        | LBYGOV 2021-03-15..; LBYGOV | Mohamed al-Menfi; Mohammed al-Manfi
ACT.LBY.HAFTAR       | LBYREB | Khalifa Haftar; Khalifa Hifter; Haftar; Hifter
ACT.LBY.SADDAM       | LBYREB | Saddam Haftar; Khaled Haftar; Belgasem Haftar
ACT.LBY.AGUILA       | LBYLEG | Aguila Saleh; Aguila Saleh Issa
ACT.LBY.HAMMAD       | LBYREB | Osama Hammad; Ossama Hammad
ACT.LBY.TETTEH       | IGOUNO 2025-02-01..; IGOUNO | Hanna Tetteh; Hanna Serwaa Tetteh

# ---------------------------------------------------------------- Southern Africa
ACT.ZAF.RAMAPHOSA    | ZAFGOV 2014-05-25..; ZAFGOV | Cyril Ramaphosa; Ramaphosa
ACT.ZAF.LAMOLA       | ZAFGOV 2019-05-30..; ZAFGOV | Ronald Lamola; Lamola
ACT.ZAF.PANDOR       | ZAFGOV ..2024-07-03; ZAFELI | Naledi Pandor; Pandor
ACT.ZAF.MOTSHEKGA    | ZAFGOV 2024-07-03..; ZAFGOV | Angie Motshekga
ACT.ZAF.MASHATILE    | ZAFGOV 2023-03-07..; ZAFGOV | Paul Mashatile
ACT.ZAF.ZUMA         | ZAFGOV 2009-05-09..2018-02-14; ZAFOPP 2018-02-14..; ZAFGOV | Jacob Zuma; Zuma
ACT.ZAF.MALEMA       | ZAFOPP | Julius Malema; Malema
ACT.ZAF.STEENHUISEN  | ZAFOPP ..2024-07-03; ZAFGOV 2024-07-03.. | John Steenhuisen
ACT.ZAF.KGANYAGO     | ZAFGOVBUS 2014-11-09..; ZAFGOVBUS | Lesetja Kganyago
ACT.ZAF.RASOOL       | ZAFGOV ..2025-03-14; ZAFELI | Ebrahim Rasool
ACT.MOZ.CHAPO        | MOZGOV 2025-01-15..; MOZGOV | Daniel Chapo
ACT.MOZ.NYUSI        | MOZGOV 2015-01-15..2025-01-15; MOZELI 2025-01-15..; MOZGOV | Filipe Nyusi; Nyusi
ACT.MOZ.MONDLANE     | MOZOPP | Venancio Mondlane; Venâncio Mondlane; Mondlane
ACT.ZWE.MNANGAGWA    | ZWEGOV 2017-11-24..; ZWEGOV | Emmerson Mnangagwa; Mnangagwa
ACT.ZWE.CHIWENGA     | ZWEGOV 2017-12-28..; ZWEGOV | Constantino Chiwenga; Chiwenga
ACT.ZWE.CHAMISA      | ZWEOPP | Nelson Chamisa; Chamisa
ACT.ZMB.HICHILEMA    | ZMBGOV 2021-08-24..; ZMBGOV | Hakainde Hichilema; Hichilema
ACT.ZMB.LUNGU        | ZMBGOV 2015-01-25..2021-08-24; ZMBOPP 2021-08-24..2025-06-05; ZMBELI | Edgar Lungu
ACT.MWI.CHAKWERA     | MWIGOV 2020-06-28..2025-10-04; MWIOPP 2025-10-04..; MWIGOV | Lazarus Chakwera; Chakwera
ACT.MWI.MUTHARIKA    | MWIGOV 2014-05-31..2020-06-28; MWIOPP 2020-06-28..2025-10-04; MWIGOV 2025-10-04..; MWIGOV | Peter Mutharika; Arthur Peter Mutharika; Mutharika
ACT.MDG.RAJOELINA    | MDGGOV 2019-01-19..2025-10-14; MDGELI 2025-10-14..; MDGGOV | Andry Rajoelina; Rajoelina
ACT.MDG.RANDRIANIRINA | MDGMIL ..2025-10-17; MDGGOV 2025-10-17.. | Michael Randrianirina; Colonel Michael Randrianirina; Randrianirina
ACT.NAM.NANDINDAITWAH | NAMGOV 2025-03-21..; NAMGOV | Netumbo Nandi-Ndaitwah; Nandi-Ndaitwah
ACT.BWA.BOKO         | BWAGOV 2024-11-01..; BWAGOV | Duma Boko

# ---------------------------------------------------------------- further ministers and officials
ACT.ETH.AISHA        | ETHGOV 2024-10-01..; ETHGOV | Aisha Mohammed; Aisha Mohammed Musa
ACT.ETH.BIRHANU      | ETHMIL 2018-06-07..; ETHMIL | Birhanu Jula; Field Marshal Birhanu Jula
ACT.COD.KABOMBO      | CODGOV 2024-06-12..; CODGOV | Guy Kabombo Muadiamvita
ACT.RWA.MARIZAMUNDA  | RWAGOV 2023-06-06..; RWAGOV | Juvenal Marizamunda
ACT.TCD.HALINA       | TCDGOV 2024-05-23..; TCDGOV | Allamaye Halina
ACT.TCD.KOULAMALLAH  | TCDGOV | Abderaman Koulamallah
ACT.GIN.KOUYATE      | GINGOV 2021-10-01..; GINGOV | Morissanda Kouyate; Morissanda Kouyaté
ACT.MAR.LOUDIYI      | MARGOV | Abdellatif Loudiyi
ACT.CIV.MAMBE        | CIVGOV 2023-10-17..; CIVGOV | Robert Beugre Mambe; Robert Beugré Mambé
ACT.CMR.MBELLA       | CMRGOV | Lejeune Mbella Mbella
ACT.UGA.ODONGO       | UGAGOV | Jeje Odongo
ACT.ZWE.MURWIRA      | ZWEGOV | Amon Murwira
ACT.ZMB.HAIMBE       | ZMBGOV | Mulambo Haimbe
ACT.KEN.TUYA         | KENGOV 2023-10-04..; KENGOV | Soipan Tuya
ACT.SDN.IDRISS       | SDNGOV | Al-Harith Idriss; Al-Harith Idriss al-Harith Mohamed
ACT.SDN.ARMYSPOKES   | SDNMIL | Nabil Abdallah; Nabil Abdullah
