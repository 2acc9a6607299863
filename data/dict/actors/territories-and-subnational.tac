@kind actors
# Dependent territories (with their own ISO 3166 alpha-3 codes), disputed
# areas and the sub-national regions and cities that news reports use as
# actors ("Gaza fired rockets", "Kursk was hit"). Integral regions carry the
# code of the state that governs them under international law (Crimea and the
# occupied regions of Ukraine: UKR; the West Bank and Gaza: PSE).

# ---------------------------------------------------------------- dependent territories
ACT.BMU  | BMU | Bermuda; Bermudian
ACT.CYM  | CYM | Cayman Islands; Caymanian
ACT.VGB  | VGB | British Virgin Islands
ACT.VIR  | VIR | US Virgin Islands; U.S. Virgin Islands
ACT.TCA  | TCA | Turks and Caicos Islands; Turks and Caicos
ACT.AIA  | AIA | Anguilla
ACT.MSR  | MSR | Montserrat
ACT.ABW  | ABW | Aruba; Aruban
ACT.CUW  | CUW | Curacao; Curaçao
ACT.SXM  | SXM | Sint Maarten
ACT.FLK  | FLK | Falkland Islands; Falklands; Malvinas; Islas Malvinas; Falkland Islanders
ACT.GIB  | GIB | Gibraltar; Gibraltarian
ACT.IMN  | IMN | Isle of Man
ACT.JEY  | JEY | Jersey island; Bailiwick of Jersey
ACT.GGY  | GGY | Guernsey; Bailiwick of Guernsey
ACT.ALA  | ALA | Aland Islands; Åland Islands; Åland
ACT.SJM  | SJM | Svalbard
ACT.GUF  | GUF | French Guiana
ACT.GLP  | GLP | Guadeloupe
ACT.MTQ  | MTQ | Martinique
ACT.REU  | REU | Reunion Island; Réunion
ACT.MYT  | MYT | Mayotte
ACT.PYF  | PYF | French Polynesia; Tahiti
ACT.WLF  | WLF | Wallis and Futuna
ACT.SPM  | SPM | Saint Pierre and Miquelon
ACT.ASM  | ASM | American Samoa
ACT.MNP  | MNP | Northern Mariana Islands; Saipan
ACT.NIU  | NIU | Niue
ACT.TKL  | TKL | Tokelau
ACT.PCN  | PCN | Pitcairn Islands
ACT.SHN  | SHN | Saint Helena; St Helena
ACT.IOT  | IOT | Chagos Islands; Chagos Archipelago; British Indian Ocean Territory; Diego Garcia; Chagossians
ACT.NFK  | NFK | Norfolk Island
ACT.ATA  | ATA | Antarctica; Antarctic

# ---------------------------------------------------------------- disputed and breakaway areas
ACT.CYP.NORTH     | CYP | Northern Cyprus; Turkish Republic of Northern Cyprus; TRNC; Turkish Cypriot; Turkish Cypriots; Turkish Cypriot leader
ACT.UKR.CRIMEA    | UKR | Crimea; Crimean Peninsula; Sevastopol; Crimean Tatars
ACT.UKR.DONBAS    | UKR | Donbas; Donbass; Donetsk; Donetsk region; Luhansk; Lugansk; Luhansk region; Zaporizhzhia; Zaporizhzhia region; Zaporizhzhia nuclear power plant; Kherson; Kherson region; Kharkiv; Kharkiv region; Odesa; Odessa; Dnipro; Sumy; Mykolaiv; Pokrovsk; Bakhmut; Avdiivka; Mariupol; Kramatorsk; Kupiansk; Lviv; Chernihiv; Zaporizhia
ACT.RUS.BORDER    | RUS | Kursk; Kursk region; Belgorod; Belgorod region; Bryansk; Bryansk region; Kaliningrad; Chechnya; Dagestan; Rostov; Rostov-on-Don; St Petersburg; Saint Petersburg; Novorossiysk
ACT.CHN.REGIONS   | CHN | Xinjiang; Xinjiang Uyghur Autonomous Region; Tibet; Tibet Autonomous Region; Inner Mongolia; Guangdong; Shanghai; Shenzhen; Wuhan
ACT.IND.KASHMIR   | IND | Jammu and Kashmir; Indian-administered Kashmir; Indian Kashmir; Srinagar; Ladakh; Manipur; Pahalgam
ACT.PAK.KASHMIR   | PAK | Pakistan-administered Kashmir; Azad Kashmir; Azad Jammu and Kashmir; Gilgit-Baltistan; Balochistan; Khyber Pakhtunkhwa; Waziristan; North Waziristan; South Waziristan; Karachi; Lahore; Peshawar; Quetta; Sindh; Sindh province; Hyderabad in Sindh
ACT.GBR.NATIONS   | GBR | England; Scotland; Wales; Northern Ireland; Scottish government; Welsh government; Northern Ireland Executive; Stormont; Holyrood
ACT.ESP.CATALONIA | ESP | Catalonia; Catalan government; Generalitat; Basque Country; Canary Islands; Ceuta; Melilla
ACT.CAN.QUEBEC    | CAN | Quebec; Alberta; Ontario; British Columbia
ACT.TZA.ZANZIBAR  | TZA | Zanzibar
ACT.ETH.REGIONS   | ETH | Tigray; Tigray region; Amhara region; Oromia; Afar region; Mekelle
ACT.SDN.REGIONS   | SDN | Darfur; North Darfur; South Darfur; West Darfur; El Fasher; El-Fasher; al-Fashir; Kordofan; North Kordofan; South Kordofan; Blue Nile; Gezira; Omdurman; Nyala; Geneina; El Obeid; Babanusa
ACT.SSD.REGIONS   | SSD | Upper Nile; Jonglei; Abyei
ACT.COD.REGIONS   | COD | North Kivu; South Kivu; Goma; Bukavu; Ituri; Bunia; Uvira; Kisangani; Katanga; Lubumbashi
ACT.MOZ.REGIONS   | MOZ | Cabo Delgado
ACT.NGA.REGIONS   | NGA | Borno; Borno State; Maiduguri; Zamfara; Katsina; Kaduna; Plateau State; Benue; Lagos; Kano
ACT.MLI.REGIONS   | MLI | Kidal; Timbuktu; Gao; Mopti; Menaka
ACT.BFA.REGIONS   | BFA | Djibo; Barsalogho
ACT.CMR.REGIONS   | CMR | Anglophone regions; Northwest region of Cameroon; Southwest region of Cameroon
ACT.SOM.REGIONS   | SOM | Kismayo; Baidoa; Beledweyne
ACT.MMR.REGIONS   | MMR | Rakhine; Rakhine State; Shan State; Kachin State; Karen State; Kayin State; Karenni State; Kayah State; Chin State; Sagaing; Sagaing region; Mandalay; Lashio; Myawaddy
ACT.SYR.REGIONS   | SYR | Idlib; Idlib province; Aleppo; Homs; Hama; Latakia; Tartus; Deir ez-Zor; Deir el-Zour; Raqqa; Hasakah; Qamishli; Suwayda; Sweida; Daraa; Kobani; Manbij; Afrin
ACT.IRQ.REGIONS   | IRQ | Mosul; Basra; Kirkuk; Erbil; Sulaymaniyah; Anbar; Nineveh; Sinjar; Fallujah; Najaf; Karbala
ACT.ISR.PLACES    | ISR | Haifa; Eilat; Ashkelon; Ashdod; Sderot; Beersheba; Negev; northern Israel; southern Israel
ACT.PSE.PLACES    | PSE | Rafah; Khan Younis; Khan Yunis; Jabalia; Jabaliya; Deir al-Balah; Nuseirat; Beit Hanoun; Beit Lahia; Jenin; Nablus; Tulkarem; Tulkarm; Hebron; Bethlehem; Jericho; Qalqilya; Nur Shams
ACT.LBN.PLACES    | LBN | southern Lebanon; south Lebanon; Bekaa; Bekaa Valley; Sidon; Nabatieh; Tyre in southern Lebanon; Dahiyeh; Beirut 's southern suburbs
ACT.YEM.PLACES    | YEM | Hodeidah; Hudaydah; Marib; Taiz; Saada; Mukalla; Hadramout
ACT.LBY.PLACES    | LBY | Benghazi; Misrata; Sirte; Tobruk; Derna; Sabha
ACT.AFG.PLACES    | AFG | Kandahar; Herat; Mazar-i-Sharif; Jalalabad; Kunduz; Panjshir; Helmand; Nangarhar; Bagram
ACT.IRN.PLACES    | IRN | Isfahan; Natanz; Fordow; Bushehr; Mashhad; Tabriz; Shiraz; Bandar Abbas; Khuzestan; Sistan and Baluchestan; Kurdistan province
ACT.VEN.PLACES    | VEN | Maracaibo; Zulia
ACT.HTI.PLACES    | HTI | Cite Soleil; Cité Soleil; Artibonite; Cap-Haitien; Cap-Haïtien; Petionville; Pétion-Ville
ACT.GUY.ESSEQUIBO | GUY | Essequibo; Essequibo region
