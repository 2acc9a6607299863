@kind actors
# Countries and territories of Africa
# Generated layout: country, then its institutions (GOV government and ministries,
# MIL armed forces, COP police, LEG legislature, JUD top courts, GOVBUS central bank).

# North Africa

ACT.DZA | DZA | Algeria; People 's Democratic Republic of Algeria; Algerian; Algerians; Algiers
ACT.DZA.GOV | DZAGOV | Algerian government; Algerian Foreign Ministry; Algerian Ministry of Foreign Affairs; Algerian Defence Ministry; Algerian Defense Ministry; Algerian Ministry of Defence; Algerian Interior Ministry; Algerian cabinet; Algerian authorities; government of Algeria; government of the Algeria; Algeria government; El Mouradia
ACT.DZA.MIL | DZAMIL | Algerian armed forces; Algerian army; Algerian military; Algerian navy; Algerian air force; Algerian troops; Algerian forces; Algerian soldiers; People 's National Army; ANP
ACT.DZA.COP | DZACOP | Algerian police; Algerian security forces
ACT.DZA.LEG | DZALEG | Algerian parliament; Algerian legislature; People 's National Assembly; Council of the Nation; Algerian National Assembly; National Assembly of Algeria
ACT.DZA.JUD | DZAJUD | Algerian Supreme Court; Algerian Constitutional Court; Algerian judiciary
ACT.DZA.CB | DZAGOVBUS | Algerian central bank; Central Bank of Algeria; Bank of Algeria

ACT.EGY | EGY | Egypt; Arab Republic of Egypt; Egyptian; Egyptians; Cairo
ACT.EGY.GOV | EGYGOV | Egyptian government; Egyptian Foreign Ministry; Egyptian Ministry of Foreign Affairs; Egyptian Defence Ministry; Egyptian Defense Ministry; Egyptian Ministry of Defence; Egyptian Interior Ministry; Egyptian cabinet; Egyptian authorities; government of Egypt; government of the Egypt; Egypt government; Ittihadiya Palace
ACT.EGY.MIL | EGYMIL | Egyptian armed forces; Egyptian army; Egyptian military; Egyptian navy; Egyptian air force; Egyptian troops; Egyptian forces; Egyptian soldiers
ACT.EGY.COP | EGYCOP | Egyptian police; Egyptian security forces
ACT.EGY.LEG | EGYLEG | Egyptian parliament; Egyptian legislature; House of Representatives of Egypt; Egyptian House of Representatives; Egyptian Senate
ACT.EGY.JUD | EGYJUD | Egyptian Supreme Court; Egyptian Constitutional Court; Egyptian judiciary; Supreme Constitutional Court
ACT.EGY.CB | EGYGOVBUS | Egyptian central bank; Central Bank of Egypt

ACT.LBY | LBY | Libya; State of Libya; Libyan; Libyans; Tripoli
ACT.LBY.GOV | LBYGOV | Libyan government; Libyan Foreign Ministry; Libyan Ministry of Foreign Affairs; Libyan Defence Ministry; Libyan Defense Ministry; Libyan Ministry of Defence; Libyan Interior Ministry; Libyan cabinet; Libyan authorities; government of Libya; government of the Libya; Libya government; Tripoli-based Government of National Unity; Libyan Government of National Unity; Presidential Council of Libya; Government of National Accord
ACT.LBY.MIL | LBYMIL | Libyan armed forces; Libyan army; Libyan military; Libyan navy; Libyan air force; Libyan troops; Libyan forces; Libyan soldiers
ACT.LBY.COP | LBYCOP | Libyan police; Libyan security forces
ACT.LBY.LEG | LBYLEG | Libyan parliament; Libyan legislature; House of Representatives of Libya; Libyan House of Representatives; High Council of State
ACT.LBY.JUD | LBYJUD | Libyan Supreme Court; Libyan Constitutional Court; Libyan judiciary
ACT.LBY.CB | LBYGOVBUS | Libyan central bank; Central Bank of Libya

ACT.MAR | MAR | Morocco; Kingdom of Morocco; Moroccan; Moroccans; Rabat
ACT.MAR.GOV | MARGOV | Moroccan government; Moroccan Foreign Ministry; Moroccan Ministry of Foreign Affairs; Moroccan Defence Ministry; Moroccan Defense Ministry; Moroccan Ministry of Defence; Moroccan Interior Ministry; Moroccan cabinet; Moroccan authorities; government of Morocco; government of the Morocco; Morocco government; Makhzen; Royal Cabinet
ACT.MAR.MIL | MARMIL | Moroccan armed forces; Moroccan army; Moroccan military; Moroccan navy; Moroccan air force; Moroccan troops; Moroccan forces; Moroccan soldiers; Royal Armed Forces; Moroccan Royal Armed Forces
ACT.MAR.COP | MARCOP | Moroccan police; Moroccan security forces
ACT.MAR.LEG | MARLEG | Moroccan parliament; Moroccan legislature; House of Representatives of Morocco; House of Councillors of Morocco
ACT.MAR.JUD | MARJUD | Moroccan Supreme Court; Moroccan Constitutional Court; Moroccan judiciary
ACT.MAR.CB | MARGOVBUS | Moroccan central bank; Central Bank of Morocco; Bank Al-Maghrib

ACT.TUN | TUN | Tunisia; Republic of Tunisia; Tunisian; Tunisians; Tunis
ACT.TUN.GOV | TUNGOV | Tunisian government; Tunisian Foreign Ministry; Tunisian Ministry of Foreign Affairs; Tunisian Defence Ministry; Tunisian Defense Ministry; Tunisian Ministry of Defence; Tunisian Interior Ministry; Tunisian cabinet; Tunisian authorities; government of Tunisia; government of the Tunisia; Tunisia government; Carthage Palace
ACT.TUN.MIL | TUNMIL | Tunisian armed forces; Tunisian army; Tunisian military; Tunisian navy; Tunisian air force; Tunisian troops; Tunisian forces; Tunisian soldiers
ACT.TUN.COP | TUNCOP | Tunisian police; Tunisian security forces
ACT.TUN.LEG | TUNLEG | Tunisian parliament; Tunisian legislature; Assembly of the Representatives of the People; Assembly of People 's Representatives
ACT.TUN.JUD | TUNJUD | Tunisian Supreme Court; Tunisian Constitutional Court; Tunisian judiciary
ACT.TUN.CB | TUNGOVBUS | Tunisian central bank; Central Bank of Tunisia

ACT.SDN | SDN | Sudan; Republic of the Sudan; Sudanese; Khartoum; Port Sudan
ACT.SDN.GOV | SDNGOV | Sudanese government; Sudanese Foreign Ministry; Sudanese Ministry of Foreign Affairs; Sudanese Defence Ministry; Sudanese Defense Ministry; Sudanese Ministry of Defence; Sudanese Interior Ministry; Sudanese cabinet; Sudanese authorities; government of Sudan; government of the Sudan; Sudan government; Sovereignty Council; Sovereign Council; Transitional Sovereignty Council
ACT.SDN.MIL | SDNMIL | Sudanese armed forces; Sudanese army; Sudanese military; Sudanese navy; Sudanese air force; Sudanese troops; Sudanese forces; Sudanese soldiers; SAF
ACT.SDN.COP | SDNCOP | Sudanese police; Sudanese security forces
ACT.SDN.LEG | SDNLEG | Sudanese parliament; Sudanese legislature; Sudanese Transitional Legislative Council
ACT.SDN.JUD | SDNJUD | Sudanese Supreme Court; Sudanese Constitutional Court; Sudanese judiciary
ACT.SDN.CB | SDNGOVBUS | Sudanese central bank; Central Bank of Sudan

ACT.ESH | ESH | Western Sahara; Sahrawi Arab Democratic Republic; SADR; Sahrawi; Saharawi; Sahrawis; Saharawis; Laayoune; El Aaiun
ACT.ESH.GOV | ESHGOV | Sahrawi government; Sahrawi authorities; Saharawi government; Saharawi authorities; government of Western Sahara; government of the Western Sahara; Western Sahara government

ACT.MRT | MRT | Mauritania; Islamic Republic of Mauritania; Mauritanian; Mauritanians; Nouakchott
ACT.MRT.GOV | MRTGOV | Mauritanian government; Mauritanian Foreign Ministry; Mauritanian Ministry of Foreign Affairs; Mauritanian Defence Ministry; Mauritanian Defense Ministry; Mauritanian Ministry of Defence; Mauritanian Interior Ministry; Mauritanian cabinet; Mauritanian authorities; government of Mauritania; government of the Mauritania; Mauritania government
ACT.MRT.MIL | MRTMIL | Mauritanian armed forces; Mauritanian army; Mauritanian military; Mauritanian navy; Mauritanian air force; Mauritanian troops; Mauritanian forces; Mauritanian soldiers
ACT.MRT.COP | MRTCOP | Mauritanian police; Mauritanian security forces
ACT.MRT.LEG | MRTLEG | Mauritanian parliament; Mauritanian legislature; Mauritanian National Assembly; National Assembly of Mauritania

# West Africa

ACT.BEN | BEN | Benin; Republic of Benin; Beninese; Porto-Novo; Cotonou
ACT.BEN.GOV | BENGOV | Beninese government; Beninese Foreign Ministry; Beninese Ministry of Foreign Affairs; Beninese Defence Ministry; Beninese Defense Ministry; Beninese Ministry of Defence; Beninese Interior Ministry; Beninese cabinet; Beninese authorities; government of Benin; government of the Benin; Benin government
ACT.BEN.MIL | BENMIL | Beninese armed forces; Beninese army; Beninese military; Beninese navy; Beninese air force; Beninese troops; Beninese forces; Beninese soldiers
ACT.BEN.COP | BENCOP | Beninese police; Beninese security forces
ACT.BEN.LEG | BENLEG | Beninese parliament; Beninese legislature; Beninese National Assembly; National Assembly of Benin

ACT.BFA | BFA | Burkina Faso; Burkina; Burkinabe; Burkinabè; Ouagadougou
ACT.BFA.GOV | BFAGOV | Burkinabe government; Burkinabe Foreign Ministry; Burkinabe Ministry of Foreign Affairs; Burkinabe Defence Ministry; Burkinabe Defense Ministry; Burkinabe Ministry of Defence; Burkinabe Interior Ministry; Burkinabe cabinet; Burkinabe authorities; Burkinabè government; Burkinabè Foreign Ministry; Burkinabè Ministry of Foreign Affairs; Burkinabè Defence Ministry; Burkinabè Defense Ministry; Burkinabè Ministry of Defence; Burkinabè Interior Ministry; Burkinabè cabinet; Burkinabè authorities; government of Burkina Faso; government of the Burkina Faso; Burkina Faso government; Kosyam Palace
ACT.BFA.MIL | BFAMIL | Burkinabe armed forces; Burkinabe army; Burkinabe military; Burkinabe navy; Burkinabe air force; Burkinabe troops; Burkinabe forces; Burkinabe soldiers; Burkinabè armed forces; Burkinabè army; Burkinabè military; Burkinabè navy; Burkinabè air force; Burkinabè troops; Burkinabè forces; Burkinabè soldiers; Volunteers for the Defence of the Homeland; VDP
ACT.BFA.COP | BFACOP | Burkinabe police; Burkinabe security forces; Burkinabè police; Burkinabè security forces
ACT.BFA.LEG | BFALEG | Burkinabe parliament; Burkinabe legislature; Burkinabè parliament; Burkinabè legislature; Transitional Legislative Assembly
ACT.BFA.JUD | BFAJUD | Burkinabe Supreme Court; Burkinabe Constitutional Court; Burkinabe judiciary; Burkinabè Supreme Court; Burkinabè Constitutional Court; Burkinabè judiciary
ACT.BFA.CB | BFAGOVBUS | Burkinabe central bank; Burkinabè central bank; Central Bank of Burkina Faso

ACT.CPV | CPV | Cape Verde; Cabo Verde; Republic of Cabo Verde; Cape Verdean; Cape Verdeans; Praia
ACT.CPV.GOV | CPVGOV | Cape Verdean government; Cape Verdean Foreign Ministry; Cape Verdean Ministry of Foreign Affairs; Cape Verdean Defence Ministry; Cape Verdean Defense Ministry; Cape Verdean Ministry of Defence; Cape Verdean Interior Ministry; Cape Verdean cabinet; Cape Verdean authorities; government of Cape Verde; government of the Cape Verde; Cape Verde government
ACT.CPV.LEG | CPVLEG | Cape Verdean parliament; Cape Verdean legislature; Cape Verdean National Assembly; National Assembly of Cape Verde

ACT.CIV | CIV | Ivory Coast; Cote d'Ivoire; Côte d'Ivoire; Republic of Cote d'Ivoire; Ivorian; Ivorians; Abidjan; Yamoussoukro
ACT.CIV.GOV | CIVGOV | Ivorian government; Ivorian Foreign Ministry; Ivorian Ministry of Foreign Affairs; Ivorian Defence Ministry; Ivorian Defense Ministry; Ivorian Ministry of Defence; Ivorian Interior Ministry; Ivorian cabinet; Ivorian authorities; government of Ivory Coast; government of the Ivory Coast; Ivory Coast government
ACT.CIV.MIL | CIVMIL | Ivorian armed forces; Ivorian army; Ivorian military; Ivorian navy; Ivorian air force; Ivorian troops; Ivorian forces; Ivorian soldiers
ACT.CIV.COP | CIVCOP | Ivorian police; Ivorian security forces
ACT.CIV.LEG | CIVLEG | Ivorian parliament; Ivorian legislature; Ivorian National Assembly; National Assembly of Ivory Coast; Ivorian Senate; Senate of Ivory Coast
ACT.CIV.JUD | CIVJUD | Ivorian Supreme Court; Ivorian Constitutional Court; Ivorian judiciary
ACT.CIV.CB | CIVGOVBUS | Ivorian central bank; Central Bank of Ivory Coast

ACT.GMB | GMB | Gambia; The Gambia; Republic of The Gambia; Gambian; Gambians; Banjul
ACT.GMB.GOV | GMBGOV | Gambian government; Gambian Foreign Ministry; Gambian Ministry of Foreign Affairs; Gambian Defence Ministry; Gambian Defense Ministry; Gambian Ministry of Defence; Gambian Interior Ministry; Gambian cabinet; Gambian authorities; government of Gambia; government of the Gambia; Gambia government; State House of Gambia
ACT.GMB.MIL | GMBMIL | Gambian armed forces; Gambian army; Gambian military; Gambian navy; Gambian air force; Gambian troops; Gambian forces; Gambian soldiers
ACT.GMB.COP | GMBCOP | Gambian police; Gambian security forces
ACT.GMB.LEG | GMBLEG | Gambian parliament; Gambian legislature; Gambian National Assembly; National Assembly of Gambia

ACT.GHA | GHA | Ghana; Republic of Ghana; Ghanaian; Ghanaians; Accra
ACT.GHA.GOV | GHAGOV | Ghanaian government; Ghanaian Foreign Ministry; Ghanaian Ministry of Foreign Affairs; Ghanaian Defence Ministry; Ghanaian Defense Ministry; Ghanaian Ministry of Defence; Ghanaian Interior Ministry; Ghanaian cabinet; Ghanaian authorities; government of Ghana; government of the Ghana; Ghana government; Jubilee House; Golden Jubilee House
ACT.GHA.MIL | GHAMIL | Ghanaian armed forces; Ghanaian army; Ghanaian military; Ghanaian navy; Ghanaian air force; Ghanaian troops; Ghanaian forces; Ghanaian soldiers; Ghana Armed Forces
ACT.GHA.COP | GHACOP | Ghanaian police; Ghanaian security forces; Ghana Police Service
ACT.GHA.LEG | GHALEG | Ghanaian parliament; Ghanaian legislature; Parliament of Ghana
ACT.GHA.JUD | GHAJUD | Ghanaian Supreme Court; Ghanaian Constitutional Court; Ghanaian judiciary
ACT.GHA.CB | GHAGOVBUS | Ghanaian central bank; Central Bank of Ghana; Bank of Ghana

ACT.GIN | GIN | Guinea; Republic of Guinea; Guinea-Conakry; Guinean; Guineans; Conakry
ACT.GIN.GOV | GINGOV | Guinean government; Guinean Foreign Ministry; Guinean Ministry of Foreign Affairs; Guinean Defence Ministry; Guinean Defense Ministry; Guinean Ministry of Defence; Guinean Interior Ministry; Guinean cabinet; Guinean authorities; government of Guinea; government of the Guinea; Guinea government
ACT.GIN.MIL | GINMIL | Guinean armed forces; Guinean army; Guinean military; Guinean navy; Guinean air force; Guinean troops; Guinean forces; Guinean soldiers
ACT.GIN.COP | GINCOP | Guinean police; Guinean security forces
ACT.GIN.LEG | GINLEG | Guinean parliament; Guinean legislature; National Transitional Council; CNT
ACT.GIN.JUD | GINJUD | Guinean Supreme Court; Guinean Constitutional Court; Guinean judiciary
ACT.GIN.CB | GINGOVBUS | Guinean central bank; Central Bank of Guinea

ACT.GNB | GNB | Guinea-Bissau; Guinea Bissau; Republic of Guinea-Bissau; Bissau-Guinean; Bissau-Guineans; Bissau
ACT.GNB.GOV | GNBGOV | Bissau-Guinean government; Bissau-Guinean Foreign Ministry; Bissau-Guinean Ministry of Foreign Affairs; Bissau-Guinean Defence Ministry; Bissau-Guinean Defense Ministry; Bissau-Guinean Ministry of Defence; Bissau-Guinean Interior Ministry; Bissau-Guinean cabinet; Bissau-Guinean authorities; government of Guinea-Bissau; government of the Guinea-Bissau; Guinea-Bissau government
ACT.GNB.MIL | GNBMIL | Bissau-Guinean armed forces; Bissau-Guinean army; Bissau-Guinean military; Bissau-Guinean navy; Bissau-Guinean air force; Bissau-Guinean troops; Bissau-Guinean forces; Bissau-Guinean soldiers
ACT.GNB.COP | GNBCOP | Bissau-Guinean police; Bissau-Guinean security forces
ACT.GNB.LEG | GNBLEG | Bissau-Guinean parliament; Bissau-Guinean legislature; Bissau-Guinean National People 's Assembly; National People 's Assembly of Guinea-Bissau

ACT.LBR | LBR | Liberia; Republic of Liberia; Liberian; Liberians; Monrovia
ACT.LBR.GOV | LBRGOV | Liberian government; Liberian Foreign Ministry; Liberian Ministry of Foreign Affairs; Liberian Defence Ministry; Liberian Defense Ministry; Liberian Ministry of Defence; Liberian Interior Ministry; Liberian cabinet; Liberian authorities; government of Liberia; government of the Liberia; Liberia government; Executive Mansion
ACT.LBR.MIL | LBRMIL | Liberian armed forces; Liberian army; Liberian military; Liberian navy; Liberian air force; Liberian troops; Liberian forces; Liberian soldiers
ACT.LBR.COP | LBRCOP | Liberian police; Liberian security forces
ACT.LBR.LEG | LBRLEG | Liberian parliament; Liberian legislature; Liberian Senate; Liberian House of Representatives; House of Representatives of Liberia

ACT.MLI | MLI | Mali; Republic of Mali; Malian; Malians; Bamako
ACT.MLI.GOV | MLIGOV | Malian government; Malian Foreign Ministry; Malian Ministry of Foreign Affairs; Malian Defence Ministry; Malian Defense Ministry; Malian Ministry of Defence; Malian Interior Ministry; Malian cabinet; Malian authorities; government of Mali; government of the Mali; Mali government; Koulouba Palace
ACT.MLI.MIL | MLIMIL | Malian armed forces; Malian army; Malian military; Malian navy; Malian air force; Malian troops; Malian forces; Malian soldiers; FAMa
ACT.MLI.COP | MLICOP | Malian police; Malian security forces
ACT.MLI.LEG | MLILEG | Malian parliament; Malian legislature; National Transitional Council of Mali
ACT.MLI.JUD | MLIJUD | Malian Supreme Court; Malian Constitutional Court; Malian judiciary
ACT.MLI.CB | MLIGOVBUS | Malian central bank; Central Bank of Mali

ACT.NER | NER | Niger; Republic of the Niger; Nigerien; Nigeriens; Niamey
ACT.NER.GOV | NERGOV | Nigerien government; Nigerien Foreign Ministry; Nigerien Ministry of Foreign Affairs; Nigerien Defence Ministry; Nigerien Defense Ministry; Nigerien Ministry of Defence; Nigerien Interior Ministry; Nigerien cabinet; Nigerien authorities; government of Niger; government of the Niger; Niger government; National Council for the Safeguard of the Homeland; CNSP
ACT.NER.MIL | NERMIL | Nigerien armed forces; Nigerien army; Nigerien military; Nigerien navy; Nigerien air force; Nigerien troops; Nigerien forces; Nigerien soldiers
ACT.NER.COP | NERCOP | Nigerien police; Nigerien security forces
ACT.NER.LEG | NERLEG | Nigerien parliament; Nigerien legislature; Nigerien National Assembly; National Assembly of Niger
ACT.NER.JUD | NERJUD | Nigerien Supreme Court; Nigerien Constitutional Court; Nigerien judiciary
ACT.NER.CB | NERGOVBUS | Nigerien central bank; Central Bank of Niger

ACT.NGA | NGA | Nigeria; Federal Republic of Nigeria; Nigerian; Nigerians; Abuja
ACT.NGA.GOV | NGAGOV | Nigerian government; Nigerian Foreign Ministry; Nigerian Ministry of Foreign Affairs; Nigerian Defence Ministry; Nigerian Defense Ministry; Nigerian Ministry of Defence; Nigerian Interior Ministry; Nigerian cabinet; Nigerian authorities; government of Nigeria; government of the Nigeria; Nigeria government; Aso Rock; Aso Villa; Federal Government of Nigeria
ACT.NGA.MIL | NGAMIL | Nigerian armed forces; Nigerian army; Nigerian military; Nigerian navy; Nigerian air force; Nigerian troops; Nigerian forces; Nigerian soldiers
ACT.NGA.COP | NGACOP | Nigerian police; Nigerian security forces; Nigeria Police Force; Department of State Services; DSS
ACT.NGA.LEG | NGALEG | Nigerian parliament; Nigerian legislature; National Assembly of Nigeria; Nigerian Senate; Nigerian House of Representatives
ACT.NGA.JUD | NGAJUD | Nigerian Supreme Court; Nigerian Constitutional Court; Nigerian judiciary
ACT.NGA.CB | NGAGOVBUS | Nigerian central bank; Central Bank of Nigeria; CBN

ACT.SEN | SEN | Senegal; Republic of Senegal; Senegalese; Dakar
ACT.SEN.GOV | SENGOV | Senegalese government; Senegalese Foreign Ministry; Senegalese Ministry of Foreign Affairs; Senegalese Defence Ministry; Senegalese Defense Ministry; Senegalese Ministry of Defence; Senegalese Interior Ministry; Senegalese cabinet; Senegalese authorities; government of Senegal; government of the Senegal; Senegal government
ACT.SEN.MIL | SENMIL | Senegalese armed forces; Senegalese army; Senegalese military; Senegalese navy; Senegalese air force; Senegalese troops; Senegalese forces; Senegalese soldiers
ACT.SEN.COP | SENCOP | Senegalese police; Senegalese security forces
ACT.SEN.LEG | SENLEG | Senegalese parliament; Senegalese legislature; Senegalese National Assembly; National Assembly of Senegal
ACT.SEN.JUD | SENJUD | Senegalese Supreme Court; Senegalese Constitutional Court; Senegalese judiciary
ACT.SEN.CB | SENGOVBUS | Senegalese central bank; Central Bank of Senegal

ACT.SLE | SLE | Sierra Leone; Republic of Sierra Leone; Sierra Leonean; Sierra Leoneans; Freetown
ACT.SLE.GOV | SLEGOV | Sierra Leonean government; Sierra Leonean Foreign Ministry; Sierra Leonean Ministry of Foreign Affairs; Sierra Leonean Defence Ministry; Sierra Leonean Defense Ministry; Sierra Leonean Ministry of Defence; Sierra Leonean Interior Ministry; Sierra Leonean cabinet; Sierra Leonean authorities; government of Sierra Leone; government of the Sierra Leone; Sierra Leone government; State House of Sierra Leone
ACT.SLE.MIL | SLEMIL | Sierra Leonean armed forces; Sierra Leonean army; Sierra Leonean military; Sierra Leonean navy; Sierra Leonean air force; Sierra Leonean troops; Sierra Leonean forces; Sierra Leonean soldiers
ACT.SLE.COP | SLECOP | Sierra Leonean police; Sierra Leonean security forces
ACT.SLE.LEG | SLELEG | Sierra Leonean parliament; Sierra Leonean legislature; Parliament of Sierra Leone
ACT.SLE.JUD | SLEJUD | Sierra Leonean Supreme Court; Sierra Leonean Constitutional Court; Sierra Leonean judiciary
ACT.SLE.CB | SLEGOVBUS | Sierra Leonean central bank; Central Bank of Sierra Leone

ACT.TGO | TGO | Togo; Togolese Republic; Togolese; Lome; Lomé
ACT.TGO.GOV | TGOGOV | Togolese government; Togolese Foreign Ministry; Togolese Ministry of Foreign Affairs; Togolese Defence Ministry; Togolese Defense Ministry; Togolese Ministry of Defence; Togolese Interior Ministry; Togolese cabinet; Togolese authorities; government of Togo; government of the Togo; Togo government
ACT.TGO.MIL | TGOMIL | Togolese armed forces; Togolese army; Togolese military; Togolese navy; Togolese air force; Togolese troops; Togolese forces; Togolese soldiers
ACT.TGO.COP | TGOCOP | Togolese police; Togolese security forces
ACT.TGO.LEG | TGOLEG | Togolese parliament; Togolese legislature; Togolese National Assembly; National Assembly of Togo
ACT.TGO.JUD | TGOJUD | Togolese Supreme Court; Togolese Constitutional Court; Togolese judiciary
ACT.TGO.CB | TGOGOVBUS | Togolese central bank; Central Bank of Togo

# Central Africa

ACT.AGO | AGO | Angola; Republic of Angola; Angolan; Angolans; Luanda
ACT.AGO.GOV | AGOGOV | Angolan government; Angolan Foreign Ministry; Angolan Ministry of Foreign Affairs; Angolan Defence Ministry; Angolan Defense Ministry; Angolan Ministry of Defence; Angolan Interior Ministry; Angolan cabinet; Angolan authorities; government of Angola; government of the Angola; Angola government
ACT.AGO.MIL | AGOMIL | Angolan armed forces; Angolan army; Angolan military; Angolan navy; Angolan air force; Angolan troops; Angolan forces; Angolan soldiers; FAA Angola
ACT.AGO.COP | AGOCOP | Angolan police; Angolan security forces
ACT.AGO.LEG | AGOLEG | Angolan parliament; Angolan legislature; Angolan National Assembly; National Assembly of Angola
ACT.AGO.JUD | AGOJUD | Angolan Supreme Court; Angolan Constitutional Court; Angolan judiciary
ACT.AGO.CB | AGOGOVBUS | Angolan central bank; Central Bank of Angola; National Bank of Angola

ACT.CMR | CMR | Cameroon; Republic of Cameroon; Cameroonian; Cameroonians; Yaounde; Yaoundé
ACT.CMR.GOV | CMRGOV | Cameroonian government; Cameroonian Foreign Ministry; Cameroonian Ministry of Foreign Affairs; Cameroonian Defence Ministry; Cameroonian Defense Ministry; Cameroonian Ministry of Defence; Cameroonian Interior Ministry; Cameroonian cabinet; Cameroonian authorities; government of Cameroon; government of the Cameroon; Cameroon government; Etoudi; Unity Palace
ACT.CMR.MIL | CMRMIL | Cameroonian armed forces; Cameroonian army; Cameroonian military; Cameroonian navy; Cameroonian air force; Cameroonian troops; Cameroonian forces; Cameroonian soldiers
ACT.CMR.COP | CMRCOP | Cameroonian police; Cameroonian security forces
ACT.CMR.LEG | CMRLEG | Cameroonian parliament; Cameroonian legislature; Cameroonian National Assembly; National Assembly of Cameroon; Cameroonian Senate; Senate of Cameroon
ACT.CMR.JUD | CMRJUD | Cameroonian Supreme Court; Cameroonian Constitutional Court; Cameroonian judiciary
ACT.CMR.CB | CMRGOVBUS | Cameroonian central bank; Central Bank of Cameroon

ACT.CAF | CAF | Central African Republic; =CAR; Centrafrique; Central African; Central Africans; Bangui
ACT.CAF.GOV | CAFGOV | Central African government; Central African Foreign Ministry; Central African Ministry of Foreign Affairs; Central African Defence Ministry; Central African Defense Ministry; Central African Ministry of Defence; Central African Interior Ministry; Central African cabinet; Central African authorities; government of Central African Republic; government of the Central African Republic; Central African Republic government
ACT.CAF.MIL | CAFMIL | Central African armed forces; Central African army; Central African military; Central African navy; Central African air force; Central African troops; Central African forces; Central African soldiers; FACA
ACT.CAF.COP | CAFCOP | Central African police; Central African security forces
ACT.CAF.LEG | CAFLEG | Central African parliament; Central African legislature; Central African National Assembly; National Assembly of Central African Republic
ACT.CAF.JUD | CAFJUD | Central African Supreme Court; Central African Constitutional Court; Central African judiciary
ACT.CAF.CB | CAFGOVBUS | Central African central bank; Central Bank of Central African Republic

ACT.TCD | TCD | Chad; Republic of Chad; Chadian; Chadians; N'Djamena; Ndjamena
ACT.TCD.GOV | TCDGOV | Chadian government; Chadian Foreign Ministry; Chadian Ministry of Foreign Affairs; Chadian Defence Ministry; Chadian Defense Ministry; Chadian Ministry of Defence; Chadian Interior Ministry; Chadian cabinet; Chadian authorities; government of Chad; government of the Chad; Chad government
ACT.TCD.MIL | TCDMIL | Chadian armed forces; Chadian army; Chadian military; Chadian navy; Chadian air force; Chadian troops; Chadian forces; Chadian soldiers
ACT.TCD.COP | TCDCOP | Chadian police; Chadian security forces
ACT.TCD.LEG | TCDLEG | Chadian parliament; Chadian legislature; Chadian National Assembly; National Assembly of Chad; Chadian Senate; Senate of Chad
ACT.TCD.JUD | TCDJUD | Chadian Supreme Court; Chadian Constitutional Court; Chadian judiciary
ACT.TCD.CB | TCDGOVBUS | Chadian central bank; Central Bank of Chad

ACT.COG | COG | Republic of the Congo; Congo-Brazzaville; Congo Brazzaville; Congo Republic; Brazzaville
ACT.COG.GOV | COGGOV | Congo-Brazzaville government; Congo-Brazzaville Foreign Ministry; Congo-Brazzaville Ministry of Foreign Affairs; Congo-Brazzaville Defence Ministry; Congo-Brazzaville Defense Ministry; Congo-Brazzaville Ministry of Defence; Congo-Brazzaville Interior Ministry; Congo-Brazzaville cabinet; Congo-Brazzaville authorities; Congo Republic government; Congo Republic Foreign Ministry; Congo Republic Ministry of Foreign Affairs; Congo Republic Defence Ministry; Congo Republic Defense Ministry; Congo Republic Ministry of Defence; Congo Republic Interior Ministry; Congo Republic cabinet; Congo Republic authorities; government of Republic of the Congo; government of the Republic of the Congo; Republic of the Congo government
ACT.COG.MIL | COGMIL | Congo-Brazzaville armed forces; Congo-Brazzaville army; Congo-Brazzaville military; Congo-Brazzaville navy; Congo-Brazzaville air force; Congo-Brazzaville troops; Congo-Brazzaville forces; Congo-Brazzaville soldiers; Congo Republic armed forces; Congo Republic army; Congo Republic military; Congo Republic navy; Congo Republic air force; Congo Republic troops; Congo Republic forces; Congo Republic soldiers
ACT.COG.COP | COGCOP | Congo-Brazzaville police; Congo-Brazzaville security forces; Congo Republic police; Congo Republic security forces
ACT.COG.LEG | COGLEG | Congo-Brazzaville parliament; Congo-Brazzaville legislature; Congo Republic parliament; Congo Republic legislature; Congo-Brazzaville National Assembly; Congo Republic National Assembly; National Assembly of Republic of the Congo; Congo-Brazzaville Senate; Congo Republic Senate; Senate of Republic of the Congo

ACT.COD | COD | Democratic Republic of the Congo; Democratic Republic of Congo; DR Congo; DRC; Congo-Kinshasa; Congo; Congolese; Kinshasa
ACT.COD.GOV | CODGOV | Congolese government; Congolese Foreign Ministry; Congolese Ministry of Foreign Affairs; Congolese Defence Ministry; Congolese Defense Ministry; Congolese Ministry of Defence; Congolese Interior Ministry; Congolese cabinet; Congolese authorities; government of Democratic Republic of the Congo; government of the Democratic Republic of the Congo; Democratic Republic of the Congo government; Palais de la Nation
ACT.COD.MIL | CODMIL | Congolese armed forces; Congolese army; Congolese military; Congolese navy; Congolese air force; Congolese troops; Congolese forces; Congolese soldiers; FARDC; Armed Forces of the Democratic Republic of the Congo
ACT.COD.COP | CODCOP | Congolese police; Congolese security forces; Congolese National Police; PNC
ACT.COD.LEG | CODLEG | Congolese parliament; Congolese legislature; National Assembly of the DRC; Congolese National Assembly; National Assembly of Democratic Republic of the Congo; Congolese Senate; Senate of Democratic Republic of the Congo
ACT.COD.JUD | CODJUD | Congolese Supreme Court; Congolese Constitutional Court; Congolese judiciary
ACT.COD.CB | CODGOVBUS | Congolese central bank; Central Bank of Democratic Republic of the Congo; Central Bank of the Congo

ACT.GNQ | GNQ | Equatorial Guinea; Republic of Equatorial Guinea; Equatoguinean; Equatorial Guinean; Equatoguineans; Equatorial Guineans; Malabo
ACT.GNQ.GOV | GNQGOV | Equatoguinean government; Equatoguinean Foreign Ministry; Equatoguinean Ministry of Foreign Affairs; Equatoguinean Defence Ministry; Equatoguinean Defense Ministry; Equatoguinean Ministry of Defence; Equatoguinean Interior Ministry; Equatoguinean cabinet; Equatoguinean authorities; Equatorial Guinean government; Equatorial Guinean Foreign Ministry; Equatorial Guinean Ministry of Foreign Affairs; Equatorial Guinean Defence Ministry; Equatorial Guinean Defense Ministry; Equatorial Guinean Ministry of Defence; Equatorial Guinean Interior Ministry; Equatorial Guinean cabinet; Equatorial Guinean authorities; government of Equatorial Guinea; government of the Equatorial Guinea; Equatorial Guinea government
ACT.GNQ.MIL | GNQMIL | Equatoguinean armed forces; Equatoguinean army; Equatoguinean military; Equatoguinean navy; Equatoguinean air force; Equatoguinean troops; Equatoguinean forces; Equatoguinean soldiers; Equatorial Guinean armed forces; Equatorial Guinean army; Equatorial Guinean military; Equatorial Guinean navy; Equatorial Guinean air force; Equatorial Guinean troops; Equatorial Guinean forces; Equatorial Guinean soldiers
ACT.GNQ.COP | GNQCOP | Equatoguinean police; Equatoguinean security forces; Equatorial Guinean police; Equatorial Guinean security forces
ACT.GNQ.LEG | GNQLEG | Equatoguinean parliament; Equatoguinean legislature; Equatorial Guinean parliament; Equatorial Guinean legislature; Equatoguinean Chamber of Deputies; Equatorial Guinean Chamber of Deputies; Chamber of Deputies of Equatorial Guinea

ACT.GAB | GAB | Gabon; Gabonese Republic; Gabonese; Libreville
ACT.GAB.GOV | GABGOV | Gabonese government; Gabonese Foreign Ministry; Gabonese Ministry of Foreign Affairs; Gabonese Defence Ministry; Gabonese Defense Ministry; Gabonese Ministry of Defence; Gabonese Interior Ministry; Gabonese cabinet; Gabonese authorities; government of Gabon; government of the Gabon; Gabon government
ACT.GAB.MIL | GABMIL | Gabonese armed forces; Gabonese army; Gabonese military; Gabonese navy; Gabonese air force; Gabonese troops; Gabonese forces; Gabonese soldiers
ACT.GAB.COP | GABCOP | Gabonese police; Gabonese security forces
ACT.GAB.LEG | GABLEG | Gabonese parliament; Gabonese legislature; Gabonese National Assembly; National Assembly of Gabon; Gabonese Senate; Senate of Gabon

ACT.STP | STP | Sao Tome and Principe; São Tomé and Príncipe; Santomean; Santomeans; Sao Tome
ACT.STP.GOV | STPGOV | Santomean government; Santomean Foreign Ministry; Santomean Ministry of Foreign Affairs; Santomean Defence Ministry; Santomean Defense Ministry; Santomean Ministry of Defence; Santomean Interior Ministry; Santomean cabinet; Santomean authorities; government of Sao Tome and Principe; government of the Sao Tome and Principe; Sao Tome and Principe government
ACT.STP.LEG | STPLEG | Santomean parliament; Santomean legislature; Santomean National Assembly; National Assembly of Sao Tome and Principe

# East Africa and the Horn

ACT.BDI | BDI | Burundi; Republic of Burundi; Burundian; Burundians; Gitega; Bujumbura
ACT.BDI.GOV | BDIGOV | Burundian government; Burundian Foreign Ministry; Burundian Ministry of Foreign Affairs; Burundian Defence Ministry; Burundian Defense Ministry; Burundian Ministry of Defence; Burundian Interior Ministry; Burundian cabinet; Burundian authorities; government of Burundi; government of the Burundi; Burundi government
ACT.BDI.MIL | BDIMIL | Burundian armed forces; Burundian army; Burundian military; Burundian navy; Burundian air force; Burundian troops; Burundian forces; Burundian soldiers
ACT.BDI.COP | BDICOP | Burundian police; Burundian security forces
ACT.BDI.LEG | BDILEG | Burundian parliament; Burundian legislature; Burundian National Assembly; National Assembly of Burundi; Burundian Senate; Senate of Burundi
ACT.BDI.JUD | BDIJUD | Burundian Supreme Court; Burundian Constitutional Court; Burundian judiciary
ACT.BDI.CB | BDIGOVBUS | Burundian central bank; Central Bank of Burundi

ACT.COM | COM | Comoros; Union of the Comoros; Comorian; Comorians; Moroni
ACT.COM.GOV | COMGOV | Comorian government; Comorian Foreign Ministry; Comorian Ministry of Foreign Affairs; Comorian Defence Ministry; Comorian Defense Ministry; Comorian Ministry of Defence; Comorian Interior Ministry; Comorian cabinet; Comorian authorities; government of Comoros; government of the Comoros; Comoros government
ACT.COM.LEG | COMLEG | Comorian parliament; Comorian legislature; Assembly of the Union of the Comoros

ACT.DJI | DJI | Djibouti; Republic of Djibouti; Djiboutian; Djiboutians; Djibouti City
ACT.DJI.GOV | DJIGOV | Djiboutian government; Djiboutian Foreign Ministry; Djiboutian Ministry of Foreign Affairs; Djiboutian Defence Ministry; Djiboutian Defense Ministry; Djiboutian Ministry of Defence; Djiboutian Interior Ministry; Djiboutian cabinet; Djiboutian authorities; government of Djibouti; government of the Djibouti; Djibouti government
ACT.DJI.MIL | DJIMIL | Djiboutian armed forces; Djiboutian army; Djiboutian military; Djiboutian navy; Djiboutian air force; Djiboutian troops; Djiboutian forces; Djiboutian soldiers
ACT.DJI.COP | DJICOP | Djiboutian police; Djiboutian security forces
ACT.DJI.LEG | DJILEG | Djiboutian parliament; Djiboutian legislature; Djiboutian National Assembly; National Assembly of Djibouti

ACT.ERI | ERI | Eritrea; State of Eritrea; Eritrean; Eritreans; Asmara
ACT.ERI.GOV | ERIGOV | Eritrean government; Eritrean Foreign Ministry; Eritrean Ministry of Foreign Affairs; Eritrean Defence Ministry; Eritrean Defense Ministry; Eritrean Ministry of Defence; Eritrean Interior Ministry; Eritrean cabinet; Eritrean authorities; government of Eritrea; government of the Eritrea; Eritrea government
ACT.ERI.MIL | ERIMIL | Eritrean armed forces; Eritrean army; Eritrean military; Eritrean navy; Eritrean air force; Eritrean troops; Eritrean forces; Eritrean soldiers; Eritrean Defence Forces
ACT.ERI.COP | ERICOP | Eritrean police; Eritrean security forces
ACT.ERI.LEG | ERILEG | Eritrean parliament; Eritrean legislature; Eritrean National Assembly; National Assembly of Eritrea
ACT.ERI.JUD | ERIJUD | Eritrean Supreme Court; Eritrean Constitutional Court; Eritrean judiciary
ACT.ERI.CB | ERIGOVBUS | Eritrean central bank; Central Bank of Eritrea

ACT.ETH | ETH | Ethiopia; Federal Democratic Republic of Ethiopia; Ethiopian; Ethiopians; Addis Ababa
ACT.ETH.GOV | ETHGOV | Ethiopian government; Ethiopian Foreign Ministry; Ethiopian Ministry of Foreign Affairs; Ethiopian Defence Ministry; Ethiopian Defense Ministry; Ethiopian Ministry of Defence; Ethiopian Interior Ministry; Ethiopian cabinet; Ethiopian authorities; government of Ethiopia; government of the Ethiopia; Ethiopia government; Menelik Palace
ACT.ETH.MIL | ETHMIL | Ethiopian armed forces; Ethiopian army; Ethiopian military; Ethiopian navy; Ethiopian air force; Ethiopian troops; Ethiopian forces; Ethiopian soldiers; Ethiopian National Defense Force; Ethiopian National Defence Force; ENDF
ACT.ETH.COP | ETHCOP | Ethiopian police; Ethiopian security forces; Ethiopian Federal Police
ACT.ETH.LEG | ETHLEG | Ethiopian parliament; Ethiopian legislature; House of Peoples ' Representatives; House of Federation
ACT.ETH.JUD | ETHJUD | Ethiopian Supreme Court; Ethiopian Constitutional Court; Ethiopian judiciary
ACT.ETH.CB | ETHGOVBUS | Ethiopian central bank; Central Bank of Ethiopia; National Bank of Ethiopia

ACT.KEN | KEN | Kenya; Republic of Kenya; Kenyan; Kenyans; Nairobi
ACT.KEN.GOV | KENGOV | Kenyan government; Kenyan Foreign Ministry; Kenyan Ministry of Foreign Affairs; Kenyan Defence Ministry; Kenyan Defense Ministry; Kenyan Ministry of Defence; Kenyan Interior Ministry; Kenyan cabinet; Kenyan authorities; government of Kenya; government of the Kenya; Kenya government; State House Nairobi
ACT.KEN.MIL | KENMIL | Kenyan armed forces; Kenyan army; Kenyan military; Kenyan navy; Kenyan air force; Kenyan troops; Kenyan forces; Kenyan soldiers; Kenya Defence Forces; KDF
ACT.KEN.COP | KENCOP | Kenyan police; Kenyan security forces; National Police Service of Kenya; Kenya Police
ACT.KEN.LEG | KENLEG | Kenyan parliament; Kenyan legislature; National Assembly of Kenya; Kenyan National Assembly; Senate of Kenya; Kenyan Senate
ACT.KEN.JUD | KENJUD | Kenyan Supreme Court; Kenyan Constitutional Court; Kenyan judiciary
ACT.KEN.CB | KENGOVBUS | Kenyan central bank; Central Bank of Kenya

ACT.MDG | MDG | Madagascar; Republic of Madagascar; Malagasy; Antananarivo
ACT.MDG.GOV | MDGGOV | Malagasy government; Malagasy Foreign Ministry; Malagasy Ministry of Foreign Affairs; Malagasy Defence Ministry; Malagasy Defense Ministry; Malagasy Ministry of Defence; Malagasy Interior Ministry; Malagasy cabinet; Malagasy authorities; government of Madagascar; government of the Madagascar; Madagascar government; Iavoloha
ACT.MDG.MIL | MDGMIL | Malagasy armed forces; Malagasy army; Malagasy military; Malagasy navy; Malagasy air force; Malagasy troops; Malagasy forces; Malagasy soldiers; CAPSAT
ACT.MDG.COP | MDGCOP | Malagasy police; Malagasy security forces
ACT.MDG.LEG | MDGLEG | Malagasy parliament; Malagasy legislature; Malagasy National Assembly; National Assembly of Madagascar; Malagasy Senate; Senate of Madagascar
ACT.MDG.JUD | MDGJUD | Malagasy Supreme Court; Malagasy Constitutional Court; Malagasy judiciary
ACT.MDG.CB | MDGGOVBUS | Malagasy central bank; Central Bank of Madagascar

ACT.MWI | MWI | Malawi; Republic of Malawi; Malawian; Malawians; Lilongwe
ACT.MWI.GOV | MWIGOV | Malawian government; Malawian Foreign Ministry; Malawian Ministry of Foreign Affairs; Malawian Defence Ministry; Malawian Defense Ministry; Malawian Ministry of Defence; Malawian Interior Ministry; Malawian cabinet; Malawian authorities; government of Malawi; government of the Malawi; Malawi government
ACT.MWI.MIL | MWIMIL | Malawian armed forces; Malawian army; Malawian military; Malawian navy; Malawian air force; Malawian troops; Malawian forces; Malawian soldiers; Malawi Defence Force
ACT.MWI.COP | MWICOP | Malawian police; Malawian security forces
ACT.MWI.LEG | MWILEG | Malawian parliament; Malawian legislature; Parliament of Malawi
ACT.MWI.JUD | MWIJUD | Malawian Supreme Court; Malawian Constitutional Court; Malawian judiciary
ACT.MWI.CB | MWIGOVBUS | Malawian central bank; Central Bank of Malawi; Reserve Bank of Malawi

ACT.MUS | MUS | Mauritius; Republic of Mauritius; Mauritian; Mauritians; Port Louis
ACT.MUS.GOV | MUSGOV | Mauritian government; Mauritian Foreign Ministry; Mauritian Ministry of Foreign Affairs; Mauritian Defence Ministry; Mauritian Defense Ministry; Mauritian Ministry of Defence; Mauritian Interior Ministry; Mauritian cabinet; Mauritian authorities; government of Mauritius; government of the Mauritius; Mauritius government
ACT.MUS.LEG | MUSLEG | Mauritian parliament; Mauritian legislature; Mauritian National Assembly; National Assembly of Mauritius

ACT.MOZ | MOZ | Mozambique; Republic of Mozambique; Mozambican; Mozambicans; Maputo
ACT.MOZ.GOV | MOZGOV | Mozambican government; Mozambican Foreign Ministry; Mozambican Ministry of Foreign Affairs; Mozambican Defence Ministry; Mozambican Defense Ministry; Mozambican Ministry of Defence; Mozambican Interior Ministry; Mozambican cabinet; Mozambican authorities; government of Mozambique; government of the Mozambique; Mozambique government
ACT.MOZ.MIL | MOZMIL | Mozambican armed forces; Mozambican army; Mozambican military; Mozambican navy; Mozambican air force; Mozambican troops; Mozambican forces; Mozambican soldiers; FADM
ACT.MOZ.COP | MOZCOP | Mozambican police; Mozambican security forces
ACT.MOZ.LEG | MOZLEG | Mozambican parliament; Mozambican legislature; Assembly of the Republic of Mozambique
ACT.MOZ.JUD | MOZJUD | Mozambican Supreme Court; Mozambican Constitutional Court; Mozambican judiciary
ACT.MOZ.CB | MOZGOVBUS | Mozambican central bank; Central Bank of Mozambique; Bank of Mozambique

ACT.RWA | RWA | Rwanda; Republic of Rwanda; Rwandan; Rwandans; Kigali
ACT.RWA.GOV | RWAGOV | Rwandan government; Rwandan Foreign Ministry; Rwandan Ministry of Foreign Affairs; Rwandan Defence Ministry; Rwandan Defense Ministry; Rwandan Ministry of Defence; Rwandan Interior Ministry; Rwandan cabinet; Rwandan authorities; government of Rwanda; government of the Rwanda; Rwanda government; Village Urugwiro
ACT.RWA.MIL | RWAMIL | Rwandan armed forces; Rwandan army; Rwandan military; Rwandan navy; Rwandan air force; Rwandan troops; Rwandan forces; Rwandan soldiers; Rwanda Defence Force; RDF
ACT.RWA.COP | RWACOP | Rwandan police; Rwandan security forces; Rwanda National Police
ACT.RWA.LEG | RWALEG | Rwandan parliament; Rwandan legislature; Parliament of Rwanda
ACT.RWA.JUD | RWAJUD | Rwandan Supreme Court; Rwandan Constitutional Court; Rwandan judiciary
ACT.RWA.CB | RWAGOVBUS | Rwandan central bank; Central Bank of Rwanda; National Bank of Rwanda

ACT.SYC | SYC | Seychelles; Republic of Seychelles; Seychellois
ACT.SYC.GOV | SYCGOV | Seychellois government; Seychellois Foreign Ministry; Seychellois Ministry of Foreign Affairs; Seychellois Defence Ministry; Seychellois Defense Ministry; Seychellois Ministry of Defence; Seychellois Interior Ministry; Seychellois cabinet; Seychellois authorities; government of Seychelles; government of the Seychelles; Seychelles government
ACT.SYC.LEG | SYCLEG | Seychellois parliament; Seychellois legislature; Seychellois National Assembly; National Assembly of Seychelles

ACT.SOM | SOM | Somalia; Federal Republic of Somalia; Somali; Somalis; Mogadishu
ACT.SOM.GOV | SOMGOV | Somali government; Somali Foreign Ministry; Somali Ministry of Foreign Affairs; Somali Defence Ministry; Somali Defense Ministry; Somali Ministry of Defence; Somali Interior Ministry; Somali cabinet; Somali authorities; government of Somalia; government of the Somalia; Somalia government; Villa Somalia; Federal Government of Somalia
ACT.SOM.MIL | SOMMIL | Somali armed forces; Somali army; Somali military; Somali navy; Somali air force; Somali troops; Somali forces; Somali soldiers; Somali National Army; SNA
ACT.SOM.COP | SOMCOP | Somali police; Somali security forces
ACT.SOM.LEG | SOMLEG | Somali parliament; Somali legislature; Federal Parliament of Somalia
ACT.SOM.JUD | SOMJUD | Somali Supreme Court; Somali Constitutional Court; Somali judiciary
ACT.SOM.CB | SOMGOVBUS | Somali central bank; Central Bank of Somalia

ACT.SSD | SSD | South Sudan; Republic of South Sudan; South Sudanese; Juba
ACT.SSD.GOV | SSDGOV | South Sudanese government; South Sudanese Foreign Ministry; South Sudanese Ministry of Foreign Affairs; South Sudanese Defence Ministry; South Sudanese Defense Ministry; South Sudanese Ministry of Defence; South Sudanese Interior Ministry; South Sudanese cabinet; South Sudanese authorities; government of South Sudan; government of the South Sudan; South Sudan government
ACT.SSD.MIL | SSDMIL | South Sudanese armed forces; South Sudanese army; South Sudanese military; South Sudanese navy; South Sudanese air force; South Sudanese troops; South Sudanese forces; South Sudanese soldiers; South Sudan People 's Defence Forces; SSPDF
ACT.SSD.COP | SSDCOP | South Sudanese police; South Sudanese security forces
ACT.SSD.LEG | SSDLEG | South Sudanese parliament; South Sudanese legislature; Transitional National Legislative Assembly
ACT.SSD.JUD | SSDJUD | South Sudanese Supreme Court; South Sudanese Constitutional Court; South Sudanese judiciary
ACT.SSD.CB | SSDGOVBUS | South Sudanese central bank; Central Bank of South Sudan

ACT.TZA | TZA | Tanzania; United Republic of Tanzania; Tanzanian; Tanzanians; Dodoma; Dar es Salaam
ACT.TZA.GOV | TZAGOV | Tanzanian government; Tanzanian Foreign Ministry; Tanzanian Ministry of Foreign Affairs; Tanzanian Defence Ministry; Tanzanian Defense Ministry; Tanzanian Ministry of Defence; Tanzanian Interior Ministry; Tanzanian cabinet; Tanzanian authorities; government of Tanzania; government of the Tanzania; Tanzania government; State House Dodoma
ACT.TZA.MIL | TZAMIL | Tanzanian armed forces; Tanzanian army; Tanzanian military; Tanzanian navy; Tanzanian air force; Tanzanian troops; Tanzanian forces; Tanzanian soldiers; Tanzania People 's Defence Force; TPDF
ACT.TZA.COP | TZACOP | Tanzanian police; Tanzanian security forces
ACT.TZA.LEG | TZALEG | Tanzanian parliament; Tanzanian legislature; National Assembly of Tanzania; Bunge
ACT.TZA.JUD | TZAJUD | Tanzanian Supreme Court; Tanzanian Constitutional Court; Tanzanian judiciary
ACT.TZA.CB | TZAGOVBUS | Tanzanian central bank; Central Bank of Tanzania; Bank of Tanzania

ACT.UGA | UGA | Uganda; Republic of Uganda; Ugandan; Ugandans; Kampala
ACT.UGA.GOV | UGAGOV | Ugandan government; Ugandan Foreign Ministry; Ugandan Ministry of Foreign Affairs; Ugandan Defence Ministry; Ugandan Defense Ministry; Ugandan Ministry of Defence; Ugandan Interior Ministry; Ugandan cabinet; Ugandan authorities; government of Uganda; government of the Uganda; Uganda government; State House Entebbe
ACT.UGA.MIL | UGAMIL | Ugandan armed forces; Ugandan army; Ugandan military; Ugandan navy; Ugandan air force; Ugandan troops; Ugandan forces; Ugandan soldiers; Uganda People 's Defence Force; Uganda People 's Defence Forces; UPDF
ACT.UGA.COP | UGACOP | Ugandan police; Ugandan security forces; Uganda Police Force
ACT.UGA.LEG | UGALEG | Ugandan parliament; Ugandan legislature; Parliament of Uganda
ACT.UGA.JUD | UGAJUD | Ugandan Supreme Court; Ugandan Constitutional Court; Ugandan judiciary
ACT.UGA.CB | UGAGOVBUS | Ugandan central bank; Central Bank of Uganda; Bank of Uganda

# Southern Africa

ACT.BWA | BWA | Botswana; Republic of Botswana; Botswanan; Motswana; Batswana; Botswanans; Gaborone
ACT.BWA.GOV | BWAGOV | Botswanan government; Botswanan Foreign Ministry; Botswanan Ministry of Foreign Affairs; Botswanan Defence Ministry; Botswanan Defense Ministry; Botswanan Ministry of Defence; Botswanan Interior Ministry; Botswanan cabinet; Botswanan authorities; Motswana government; Motswana Foreign Ministry; Motswana Ministry of Foreign Affairs; Motswana Defence Ministry; Motswana Defense Ministry; Motswana Ministry of Defence; Motswana Interior Ministry; Motswana cabinet; Motswana authorities; government of Botswana; government of the Botswana; Botswana government
ACT.BWA.MIL | BWAMIL | Botswanan armed forces; Botswanan army; Botswanan military; Botswanan navy; Botswanan air force; Botswanan troops; Botswanan forces; Botswanan soldiers; Motswana armed forces; Motswana army; Motswana military; Motswana navy; Motswana air force; Motswana troops; Motswana forces; Motswana soldiers
ACT.BWA.COP | BWACOP | Botswanan police; Botswanan security forces; Motswana police; Motswana security forces
ACT.BWA.LEG | BWALEG | Botswanan parliament; Botswanan legislature; Motswana parliament; Motswana legislature; Botswanan National Assembly; Motswana National Assembly; National Assembly of Botswana

ACT.SWZ | SWZ | Eswatini; Swaziland; Kingdom of Eswatini; Swazi; Emaswati; Swazis; Mbabane; Lobamba
ACT.SWZ.GOV | SWZGOV | Swazi government; Swazi Foreign Ministry; Swazi Ministry of Foreign Affairs; Swazi Defence Ministry; Swazi Defense Ministry; Swazi Ministry of Defence; Swazi Interior Ministry; Swazi cabinet; Swazi authorities; Emaswati government; Emaswati Foreign Ministry; Emaswati Ministry of Foreign Affairs; Emaswati Defence Ministry; Emaswati Defense Ministry; Emaswati Ministry of Defence; Emaswati Interior Ministry; Emaswati cabinet; Emaswati authorities; government of Eswatini; government of the Eswatini; Eswatini government
ACT.SWZ.MIL | SWZMIL | Swazi armed forces; Swazi army; Swazi military; Swazi navy; Swazi air force; Swazi troops; Swazi forces; Swazi soldiers; Emaswati armed forces; Emaswati army; Emaswati military; Emaswati navy; Emaswati air force; Emaswati troops; Emaswati forces; Emaswati soldiers
ACT.SWZ.COP | SWZCOP | Swazi police; Swazi security forces; Emaswati police; Emaswati security forces
ACT.SWZ.LEG | SWZLEG | Swazi parliament; Swazi legislature; Emaswati parliament; Emaswati legislature; Parliament of Eswatini

ACT.LSO | LSO | Lesotho; Kingdom of Lesotho; Basotho; Mosotho; Maseru
ACT.LSO.GOV | LSOGOV | Basotho government; Basotho Foreign Ministry; Basotho Ministry of Foreign Affairs; Basotho Defence Ministry; Basotho Defense Ministry; Basotho Ministry of Defence; Basotho Interior Ministry; Basotho cabinet; Basotho authorities; Mosotho government; Mosotho Foreign Ministry; Mosotho Ministry of Foreign Affairs; Mosotho Defence Ministry; Mosotho Defense Ministry; Mosotho Ministry of Defence; Mosotho Interior Ministry; Mosotho cabinet; Mosotho authorities; government of Lesotho; government of the Lesotho; Lesotho government
ACT.LSO.MIL | LSOMIL | Basotho armed forces; Basotho army; Basotho military; Basotho navy; Basotho air force; Basotho troops; Basotho forces; Basotho soldiers; Mosotho armed forces; Mosotho army; Mosotho military; Mosotho navy; Mosotho air force; Mosotho troops; Mosotho forces; Mosotho soldiers
ACT.LSO.COP | LSOCOP | Basotho police; Basotho security forces; Mosotho police; Mosotho security forces
ACT.LSO.LEG | LSOLEG | Basotho parliament; Basotho legislature; Mosotho parliament; Mosotho legislature; Parliament of Lesotho

ACT.NAM | NAM | Namibia; Republic of Namibia; Namibian; Namibians; Windhoek
ACT.NAM.GOV | NAMGOV | Namibian government; Namibian Foreign Ministry; Namibian Ministry of Foreign Affairs; Namibian Defence Ministry; Namibian Defense Ministry; Namibian Ministry of Defence; Namibian Interior Ministry; Namibian cabinet; Namibian authorities; government of Namibia; government of the Namibia; Namibia government
ACT.NAM.MIL | NAMMIL | Namibian armed forces; Namibian army; Namibian military; Namibian navy; Namibian air force; Namibian troops; Namibian forces; Namibian soldiers
ACT.NAM.COP | NAMCOP | Namibian police; Namibian security forces
ACT.NAM.LEG | NAMLEG | Namibian parliament; Namibian legislature; Namibian National Assembly; National Assembly of Namibia

ACT.ZAF | ZAF | South Africa; Republic of South Africa; South African; South Africans; Pretoria; Cape Town
ACT.ZAF.GOV | ZAFGOV | South African government; South African Foreign Ministry; South African Ministry of Foreign Affairs; South African Defence Ministry; South African Defense Ministry; South African Ministry of Defence; South African Interior Ministry; South African cabinet; South African authorities; government of South Africa; government of the South Africa; South Africa government; Union Buildings; Tuynhuys
ACT.ZAF.MIL | ZAFMIL | South African armed forces; South African army; South African military; South African navy; South African air force; South African troops; South African forces; South African soldiers; South African National Defence Force; SANDF
ACT.ZAF.COP | ZAFCOP | South African police; South African security forces; South African Police Service; SAPS
ACT.ZAF.LEG | ZAFLEG | South African parliament; South African legislature; Parliament of South Africa; National Council of Provinces
ACT.ZAF.JUD | ZAFJUD | South African Supreme Court; South African Constitutional Court; South African judiciary; Constitutional Court of South Africa
ACT.ZAF.CB | ZAFGOVBUS | South African central bank; Central Bank of South Africa; South African Reserve Bank; SARB

ACT.ZMB | ZMB | Zambia; Republic of Zambia; Zambian; Zambians; Lusaka
ACT.ZMB.GOV | ZMBGOV | Zambian government; Zambian Foreign Ministry; Zambian Ministry of Foreign Affairs; Zambian Defence Ministry; Zambian Defense Ministry; Zambian Ministry of Defence; Zambian Interior Ministry; Zambian cabinet; Zambian authorities; government of Zambia; government of the Zambia; Zambia government; State House Lusaka
ACT.ZMB.MIL | ZMBMIL | Zambian armed forces; Zambian army; Zambian military; Zambian navy; Zambian air force; Zambian troops; Zambian forces; Zambian soldiers
ACT.ZMB.COP | ZMBCOP | Zambian police; Zambian security forces
ACT.ZMB.LEG | ZMBLEG | Zambian parliament; Zambian legislature; Zambian National Assembly; National Assembly of Zambia
ACT.ZMB.JUD | ZMBJUD | Zambian Supreme Court; Zambian Constitutional Court; Zambian judiciary
ACT.ZMB.CB | ZMBGOVBUS | Zambian central bank; Central Bank of Zambia; Bank of Zambia

ACT.ZWE | ZWE | Zimbabwe; Republic of Zimbabwe; Zimbabwean; Zimbabweans; Harare
ACT.ZWE.GOV | ZWEGOV | Zimbabwean government; Zimbabwean Foreign Ministry; Zimbabwean Ministry of Foreign Affairs; Zimbabwean Defence Ministry; Zimbabwean Defense Ministry; Zimbabwean Ministry of Defence; Zimbabwean Interior Ministry; Zimbabwean cabinet; Zimbabwean authorities; government of Zimbabwe; government of the Zimbabwe; Zimbabwe government; State House Harare
ACT.ZWE.MIL | ZWEMIL | Zimbabwean armed forces; Zimbabwean army; Zimbabwean military; Zimbabwean navy; Zimbabwean air force; Zimbabwean troops; Zimbabwean forces; Zimbabwean soldiers; Zimbabwe Defence Forces
ACT.ZWE.COP | ZWECOP | Zimbabwean police; Zimbabwean security forces; Zimbabwe Republic Police
ACT.ZWE.LEG | ZWELEG | Zimbabwean parliament; Zimbabwean legislature; Parliament of Zimbabwe
ACT.ZWE.JUD | ZWEJUD | Zimbabwean Supreme Court; Zimbabwean Constitutional Court; Zimbabwean judiciary
ACT.ZWE.CB | ZWEGOVBUS | Zimbabwean central bank; Central Bank of Zimbabwe; Reserve Bank of Zimbabwe
