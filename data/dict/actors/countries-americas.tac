@kind actors
# Countries and territories of the Americas
# Generated layout: country, then its institutions (GOV government and ministries,
# MIL armed forces, COP police, LEG legislature, JUD top courts, GOVBUS central bank).

# North America

ACT.USA | USA | United States; United States of America; USA; U.S.A.; America; U.S.; =US; American; Americans; Washington; Washington DC; Washington D.C.
ACT.USA.GOV | USAGOV | US government; US Foreign Ministry; US Ministry of Foreign Affairs; US Defence Ministry; US Defense Ministry; US Ministry of Defence; US Interior Ministry; US cabinet; US authorities; U.S. government; U.S. Foreign Ministry; U.S. Ministry of Foreign Affairs; U.S. Defence Ministry; U.S. Defense Ministry; U.S. Ministry of Defence; U.S. Interior Ministry; U.S. cabinet; U.S. authorities; American government; American Foreign Ministry; American Ministry of Foreign Affairs; American Defence Ministry; American Defense Ministry; American Ministry of Defence; American Interior Ministry; American cabinet; American authorities; government of United States; government of the United States; United States government; White House; Oval Office; State Department; US State Department; Department of State; Foggy Bottom; Department of Homeland Security; Justice Department; Department of Justice; Treasury Department; US Treasury; Commerce Department; Trump administration; Biden administration; Obama administration; US administration; US National Security Council; White House National Security Council; US officials; US official; US president; US vice president; US envoy; US special envoy; US ambassador; US diplomats; US diplomat; US embassy; US negotiators; US delegation; US secretary of state; US defense secretary; US defence secretary; US war secretary; US secretary of war; US national security adviser; US trade representative; US Treasury Secretary; US Commerce Department; US Justice Department; US Embassy in Kabul
ACT.USA.MIL | USAMIL | US armed forces; US army; US military; US navy; US air force; US troops; US forces; US soldiers; U.S. armed forces; U.S. army; U.S. military; U.S. navy; U.S. air force; U.S. troops; U.S. forces; U.S. soldiers; American armed forces; American army; American military; American navy; American air force; American troops; American forces; American soldiers; Pentagon; Department of Defense; Department of War; US Marine Corps; US Marines; US Space Force; US Central Command; CENTCOM; US Africa Command; AFRICOM; US Indo-Pacific Command; INDOPACOM; US European Command; EUCOM; US Southern Command; SOUTHCOM; US Northern Command; NORTHCOM; Joint Chiefs of Staff; US-led coalition; US-led forces; US warplanes; US jets; US bombers; US drones; US commanders; US service members; US servicemen; US warships; US destroyer; US aircraft carrier; US Defense Department; US Department of Defense; US Department of War
ACT.USA.COP | USACOP | US police; US security forces; U.S. police; U.S. security forces; American police; American security forces; FBI; Federal Bureau of Investigation; US Border Patrol; Immigration and Customs Enforcement; US Immigration and Customs Enforcement; =ICE; Drug Enforcement Administration; DEA
ACT.USA.LEG | USALEG | US parliament; US legislature; U.S. parliament; U.S. legislature; American parliament; American legislature; Congress; US Congress; United States Congress; US lawmakers; US senators; US senator; US congressman; US congresswoman; US legislators; US Senate; United States Senate; US House of Representatives; U.S. House of Representatives; House Republicans; House Democrats; Senate Republicans; Senate Democrats; Senate Foreign Relations Committee; House Foreign Affairs Committee
ACT.USA.JUD | USAJUD | US Supreme Court; US Constitutional Court; US judiciary; U.S. Supreme Court; U.S. Constitutional Court; U.S. judiciary; American Supreme Court; American Constitutional Court; American judiciary; United States Supreme Court; Supreme Court of the United States
ACT.USA.CB | USAGOVBUS | US central bank; U.S. central bank; American central bank; Central Bank of United States; Federal Reserve; US Federal Reserve; Federal Reserve Board

ACT.CAN | CAN | Canada; Canadian; Canadians; Ottawa
ACT.CAN.GOV | CANGOV | Canadian government; Canadian Foreign Ministry; Canadian Ministry of Foreign Affairs; Canadian Defence Ministry; Canadian Defense Ministry; Canadian Ministry of Defence; Canadian Interior Ministry; Canadian cabinet; Canadian authorities; government of Canada; government of the Canada; Canada government; Global Affairs Canada; Parliament Hill; Prime Minister 's Office of Canada
ACT.CAN.MIL | CANMIL | Canadian armed forces; Canadian army; Canadian military; Canadian navy; Canadian air force; Canadian troops; Canadian forces; Canadian soldiers; Royal Canadian Navy; Royal Canadian Air Force
ACT.CAN.COP | CANCOP | Canadian police; Canadian security forces; Royal Canadian Mounted Police; RCMP; Mounties
ACT.CAN.LEG | CANLEG | Canadian parliament; Canadian legislature; Parliament of Canada; House of Commons of Canada; Canadian House of Commons; Senate of Canada; Canadian Senate
ACT.CAN.JUD | CANJUD | Canadian Supreme Court; Canadian Constitutional Court; Canadian judiciary; Supreme Court of Canada
ACT.CAN.CB | CANGOVBUS | Canadian central bank; Central Bank of Canada; Bank of Canada

ACT.MEX | MEX | Mexico; United Mexican States; Mexican; Mexicans; Mexico City
ACT.MEX.GOV | MEXGOV | Mexican government; Mexican Foreign Ministry; Mexican Ministry of Foreign Affairs; Mexican Defence Ministry; Mexican Defense Ministry; Mexican Ministry of Defence; Mexican Interior Ministry; Mexican cabinet; Mexican authorities; government of Mexico; government of the Mexico; Mexico government; National Palace; Palacio Nacional; Los Pinos; Sedena; Secretariat of Foreign Affairs
ACT.MEX.MIL | MEXMIL | Mexican armed forces; Mexican army; Mexican military; Mexican navy; Mexican air force; Mexican troops; Mexican forces; Mexican soldiers; Semar; National Guard of Mexico; Mexican National Guard
ACT.MEX.COP | MEXCOP | Mexican police; Mexican security forces; Mexican federal police
ACT.MEX.LEG | MEXLEG | Mexican parliament; Mexican legislature; Congress of the Union; Mexican Congress; Mexican Senate; Chamber of Deputies of Mexico
ACT.MEX.JUD | MEXJUD | Mexican Supreme Court; Mexican Constitutional Court; Mexican judiciary; Supreme Court of Justice of the Nation
ACT.MEX.CB | MEXGOVBUS | Mexican central bank; Central Bank of Mexico; Bank of Mexico; Banxico

# Central America and the Caribbean

ACT.BLZ | BLZ | Belize; Belizean; Belizeans; Belmopan
ACT.BLZ.GOV | BLZGOV | Belizean government; Belizean Foreign Ministry; Belizean Ministry of Foreign Affairs; Belizean Defence Ministry; Belizean Defense Ministry; Belizean Ministry of Defence; Belizean Interior Ministry; Belizean cabinet; Belizean authorities; government of Belize; government of the Belize; Belize government
ACT.BLZ.LEG | BLZLEG | Belizean parliament; Belizean legislature; Belizean National Assembly; National Assembly of Belize

ACT.CRI | CRI | Costa Rica; Republic of Costa Rica; Costa Rican; Costa Ricans
ACT.CRI.GOV | CRIGOV | Costa Rican government; Costa Rican Foreign Ministry; Costa Rican Ministry of Foreign Affairs; Costa Rican Defence Ministry; Costa Rican Defense Ministry; Costa Rican Ministry of Defence; Costa Rican Interior Ministry; Costa Rican cabinet; Costa Rican authorities; government of Costa Rica; government of the Costa Rica; Costa Rica government
ACT.CRI.MIL | CRIMIL | Costa Rican armed forces; Costa Rican army; Costa Rican military; Costa Rican navy; Costa Rican air force; Costa Rican troops; Costa Rican forces; Costa Rican soldiers
ACT.CRI.COP | CRICOP | Costa Rican police; Costa Rican security forces
ACT.CRI.LEG | CRILEG | Costa Rican parliament; Costa Rican legislature; Legislative Assembly of Costa Rica

ACT.SLV | SLV | El Salvador; Republic of El Salvador; Salvadoran; Salvadorean; Salvadorans; Salvadoreans; San Salvador
ACT.SLV.GOV | SLVGOV | Salvadoran government; Salvadoran Foreign Ministry; Salvadoran Ministry of Foreign Affairs; Salvadoran Defence Ministry; Salvadoran Defense Ministry; Salvadoran Ministry of Defence; Salvadoran Interior Ministry; Salvadoran cabinet; Salvadoran authorities; Salvadorean government; Salvadorean Foreign Ministry; Salvadorean Ministry of Foreign Affairs; Salvadorean Defence Ministry; Salvadorean Defense Ministry; Salvadorean Ministry of Defence; Salvadorean Interior Ministry; Salvadorean cabinet; Salvadorean authorities; government of El Salvador; government of the El Salvador; El Salvador government
ACT.SLV.MIL | SLVMIL | Salvadoran armed forces; Salvadoran army; Salvadoran military; Salvadoran navy; Salvadoran air force; Salvadoran troops; Salvadoran forces; Salvadoran soldiers; Salvadorean armed forces; Salvadorean army; Salvadorean military; Salvadorean navy; Salvadorean air force; Salvadorean troops; Salvadorean forces; Salvadorean soldiers
ACT.SLV.COP | SLVCOP | Salvadoran police; Salvadoran security forces; Salvadorean police; Salvadorean security forces
ACT.SLV.LEG | SLVLEG | Salvadoran parliament; Salvadoran legislature; Salvadorean parliament; Salvadorean legislature; Legislative Assembly of El Salvador
ACT.SLV.JUD | SLVJUD | Salvadoran Supreme Court; Salvadoran Constitutional Court; Salvadoran judiciary; Salvadorean Supreme Court; Salvadorean Constitutional Court; Salvadorean judiciary
ACT.SLV.CB | SLVGOVBUS | Salvadoran central bank; Salvadorean central bank; Central Bank of El Salvador

ACT.GTM | GTM | Guatemala; Republic of Guatemala; Guatemalan; Guatemalans; Guatemala City
ACT.GTM.GOV | GTMGOV | Guatemalan government; Guatemalan Foreign Ministry; Guatemalan Ministry of Foreign Affairs; Guatemalan Defence Ministry; Guatemalan Defense Ministry; Guatemalan Ministry of Defence; Guatemalan Interior Ministry; Guatemalan cabinet; Guatemalan authorities; government of Guatemala; government of the Guatemala; Guatemala government
ACT.GTM.MIL | GTMMIL | Guatemalan armed forces; Guatemalan army; Guatemalan military; Guatemalan navy; Guatemalan air force; Guatemalan troops; Guatemalan forces; Guatemalan soldiers
ACT.GTM.COP | GTMCOP | Guatemalan police; Guatemalan security forces
ACT.GTM.LEG | GTMLEG | Guatemalan parliament; Guatemalan legislature; Congress of Guatemala; Guatemalan Congress
ACT.GTM.JUD | GTMJUD | Guatemalan Supreme Court; Guatemalan Constitutional Court; Guatemalan judiciary
ACT.GTM.CB | GTMGOVBUS | Guatemalan central bank; Central Bank of Guatemala

ACT.HND | HND | Honduras; Republic of Honduras; Honduran; Hondurans; Tegucigalpa
ACT.HND.GOV | HNDGOV | Honduran government; Honduran Foreign Ministry; Honduran Ministry of Foreign Affairs; Honduran Defence Ministry; Honduran Defense Ministry; Honduran Ministry of Defence; Honduran Interior Ministry; Honduran cabinet; Honduran authorities; government of Honduras; government of the Honduras; Honduras government
ACT.HND.MIL | HNDMIL | Honduran armed forces; Honduran army; Honduran military; Honduran navy; Honduran air force; Honduran troops; Honduran forces; Honduran soldiers
ACT.HND.COP | HNDCOP | Honduran police; Honduran security forces
ACT.HND.LEG | HNDLEG | Honduran parliament; Honduran legislature; National Congress of Honduras; Honduran Congress
ACT.HND.JUD | HNDJUD | Honduran Supreme Court; Honduran Constitutional Court; Honduran judiciary
ACT.HND.CB | HNDGOVBUS | Honduran central bank; Central Bank of Honduras

ACT.NIC | NIC | Nicaragua; Republic of Nicaragua; Nicaraguan; Nicaraguans; Managua
ACT.NIC.GOV | NICGOV | Nicaraguan government; Nicaraguan Foreign Ministry; Nicaraguan Ministry of Foreign Affairs; Nicaraguan Defence Ministry; Nicaraguan Defense Ministry; Nicaraguan Ministry of Defence; Nicaraguan Interior Ministry; Nicaraguan cabinet; Nicaraguan authorities; government of Nicaragua; government of the Nicaragua; Nicaragua government
ACT.NIC.MIL | NICMIL | Nicaraguan armed forces; Nicaraguan army; Nicaraguan military; Nicaraguan navy; Nicaraguan air force; Nicaraguan troops; Nicaraguan forces; Nicaraguan soldiers
ACT.NIC.COP | NICCOP | Nicaraguan police; Nicaraguan security forces
ACT.NIC.LEG | NICLEG | Nicaraguan parliament; Nicaraguan legislature; Nicaraguan National Assembly; National Assembly of Nicaragua
ACT.NIC.JUD | NICJUD | Nicaraguan Supreme Court; Nicaraguan Constitutional Court; Nicaraguan judiciary
ACT.NIC.CB | NICGOVBUS | Nicaraguan central bank; Central Bank of Nicaragua

ACT.PAN | PAN | Panama; Republic of Panama; Panamanian; Panamanians; Panama City
ACT.PAN.GOV | PANGOV | Panamanian government; Panamanian Foreign Ministry; Panamanian Ministry of Foreign Affairs; Panamanian Defence Ministry; Panamanian Defense Ministry; Panamanian Ministry of Defence; Panamanian Interior Ministry; Panamanian cabinet; Panamanian authorities; government of Panama; government of the Panama; Panama government
ACT.PAN.MIL | PANMIL | Panamanian armed forces; Panamanian army; Panamanian military; Panamanian navy; Panamanian air force; Panamanian troops; Panamanian forces; Panamanian soldiers
ACT.PAN.COP | PANCOP | Panamanian police; Panamanian security forces; Panamanian National Police; SENAFRONT
ACT.PAN.LEG | PANLEG | Panamanian parliament; Panamanian legislature; Panamanian National Assembly; National Assembly of Panama
ACT.PAN.JUD | PANJUD | Panamanian Supreme Court; Panamanian Constitutional Court; Panamanian judiciary
ACT.PAN.CB | PANGOVBUS | Panamanian central bank; Central Bank of Panama

ACT.CUB | CUB | Cuba; Republic of Cuba; Cuban; Cubans; Havana
ACT.CUB.GOV | CUBGOV | Cuban government; Cuban Foreign Ministry; Cuban Ministry of Foreign Affairs; Cuban Defence Ministry; Cuban Defense Ministry; Cuban Ministry of Defence; Cuban Interior Ministry; Cuban cabinet; Cuban authorities; government of Cuba; government of the Cuba; Cuba government; Palace of the Revolution; Council of State of Cuba
ACT.CUB.MIL | CUBMIL | Cuban armed forces; Cuban army; Cuban military; Cuban navy; Cuban air force; Cuban troops; Cuban forces; Cuban soldiers; Revolutionary Armed Forces of Cuba; Cuban Revolutionary Armed Forces
ACT.CUB.COP | CUBCOP | Cuban police; Cuban security forces
ACT.CUB.LEG | CUBLEG | Cuban parliament; Cuban legislature; National Assembly of People 's Power
ACT.CUB.JUD | CUBJUD | Cuban Supreme Court; Cuban Constitutional Court; Cuban judiciary
ACT.CUB.CB | CUBGOVBUS | Cuban central bank; Central Bank of Cuba

ACT.DOM | DOM | Dominican Republic; Dominican; Dominicans; Santo Domingo
ACT.DOM.GOV | DOMGOV | Dominican government; Dominican Foreign Ministry; Dominican Ministry of Foreign Affairs; Dominican Defence Ministry; Dominican Defense Ministry; Dominican Ministry of Defence; Dominican Interior Ministry; Dominican cabinet; Dominican authorities; government of Dominican Republic; government of the Dominican Republic; Dominican Republic government; National Palace of the Dominican Republic
ACT.DOM.MIL | DOMMIL | Dominican armed forces; Dominican army; Dominican military; Dominican navy; Dominican air force; Dominican troops; Dominican forces; Dominican soldiers
ACT.DOM.COP | DOMCOP | Dominican police; Dominican security forces
ACT.DOM.LEG | DOMLEG | Dominican parliament; Dominican legislature; National Congress of the Dominican Republic
ACT.DOM.JUD | DOMJUD | Dominican Supreme Court; Dominican Constitutional Court; Dominican judiciary
ACT.DOM.CB | DOMGOVBUS | Dominican central bank; Central Bank of Dominican Republic

ACT.HTI | HTI | Haiti; Republic of Haiti; Haitian; Haitians; Port-au-Prince; Port au Prince
ACT.HTI.GOV | HTIGOV | Haitian government; Haitian Foreign Ministry; Haitian Ministry of Foreign Affairs; Haitian Defence Ministry; Haitian Defense Ministry; Haitian Ministry of Defence; Haitian Interior Ministry; Haitian cabinet; Haitian authorities; government of Haiti; government of the Haiti; Haiti government; Transitional Presidential Council; Haitian Transitional Presidential Council; Haitian transitional council
ACT.HTI.MIL | HTIMIL | Haitian armed forces; Haitian army; Haitian military; Haitian navy; Haitian air force; Haitian troops; Haitian forces; Haitian soldiers; Armed Forces of Haiti; FAd'H
ACT.HTI.COP | HTICOP | Haitian police; Haitian security forces; Haitian National Police; PNH
ACT.HTI.LEG | HTILEG | Haitian parliament; Haitian legislature; Haitian Senate
ACT.HTI.JUD | HTIJUD | Haitian Supreme Court; Haitian Constitutional Court; Haitian judiciary
ACT.HTI.CB | HTIGOVBUS | Haitian central bank; Central Bank of Haiti; Bank of the Republic of Haiti

ACT.JAM | JAM | Jamaica; Jamaican; Jamaicans; Kingston
ACT.JAM.GOV | JAMGOV | Jamaican government; Jamaican Foreign Ministry; Jamaican Ministry of Foreign Affairs; Jamaican Defence Ministry; Jamaican Defense Ministry; Jamaican Ministry of Defence; Jamaican Interior Ministry; Jamaican cabinet; Jamaican authorities; government of Jamaica; government of the Jamaica; Jamaica government; Jamaica House
ACT.JAM.MIL | JAMMIL | Jamaican armed forces; Jamaican army; Jamaican military; Jamaican navy; Jamaican air force; Jamaican troops; Jamaican forces; Jamaican soldiers; Jamaica Defence Force
ACT.JAM.COP | JAMCOP | Jamaican police; Jamaican security forces; Jamaica Constabulary Force
ACT.JAM.LEG | JAMLEG | Jamaican parliament; Jamaican legislature; Parliament of Jamaica

ACT.TTO | TTO | Trinidad and Tobago; Trinidad; Trinidadian; Trinbagonian; Trinidadians; Trinbagonians; Port of Spain
ACT.TTO.GOV | TTOGOV | Trinidadian government; Trinidadian Foreign Ministry; Trinidadian Ministry of Foreign Affairs; Trinidadian Defence Ministry; Trinidadian Defense Ministry; Trinidadian Ministry of Defence; Trinidadian Interior Ministry; Trinidadian cabinet; Trinidadian authorities; Trinbagonian government; Trinbagonian Foreign Ministry; Trinbagonian Ministry of Foreign Affairs; Trinbagonian Defence Ministry; Trinbagonian Defense Ministry; Trinbagonian Ministry of Defence; Trinbagonian Interior Ministry; Trinbagonian cabinet; Trinbagonian authorities; government of Trinidad and Tobago; government of the Trinidad and Tobago; Trinidad and Tobago government
ACT.TTO.MIL | TTOMIL | Trinidadian armed forces; Trinidadian army; Trinidadian military; Trinidadian navy; Trinidadian air force; Trinidadian troops; Trinidadian forces; Trinidadian soldiers; Trinbagonian armed forces; Trinbagonian army; Trinbagonian military; Trinbagonian navy; Trinbagonian air force; Trinbagonian troops; Trinbagonian forces; Trinbagonian soldiers
ACT.TTO.COP | TTOCOP | Trinidadian police; Trinidadian security forces; Trinbagonian police; Trinbagonian security forces
ACT.TTO.LEG | TTOLEG | Trinidadian parliament; Trinidadian legislature; Trinbagonian parliament; Trinbagonian legislature; Parliament of Trinidad and Tobago

ACT.BHS | BHS | Bahamas; The Bahamas; Commonwealth of The Bahamas; Bahamian; Bahamians; Nassau
ACT.BHS.GOV | BHSGOV | Bahamian government; Bahamian Foreign Ministry; Bahamian Ministry of Foreign Affairs; Bahamian Defence Ministry; Bahamian Defense Ministry; Bahamian Ministry of Defence; Bahamian Interior Ministry; Bahamian cabinet; Bahamian authorities; government of Bahamas; government of the Bahamas; Bahamas government
ACT.BHS.LEG | BHSLEG | Bahamian parliament; Bahamian legislature; Parliament of the Bahamas

ACT.BRB | BRB | Barbados; Barbadian; Bajan; Barbadians; Bajans; Bridgetown
ACT.BRB.GOV | BRBGOV | Barbadian government; Barbadian Foreign Ministry; Barbadian Ministry of Foreign Affairs; Barbadian Defence Ministry; Barbadian Defense Ministry; Barbadian Ministry of Defence; Barbadian Interior Ministry; Barbadian cabinet; Barbadian authorities; Bajan government; Bajan Foreign Ministry; Bajan Ministry of Foreign Affairs; Bajan Defence Ministry; Bajan Defense Ministry; Bajan Ministry of Defence; Bajan Interior Ministry; Bajan cabinet; Bajan authorities; government of Barbados; government of the Barbados; Barbados government
ACT.BRB.LEG | BRBLEG | Barbadian parliament; Barbadian legislature; Bajan parliament; Bajan legislature; Parliament of Barbados

ACT.ATG | ATG | Antigua and Barbuda; Antigua; Antiguan; Antiguans
ACT.ATG.GOV | ATGGOV | Antiguan government; Antiguan Foreign Ministry; Antiguan Ministry of Foreign Affairs; Antiguan Defence Ministry; Antiguan Defense Ministry; Antiguan Ministry of Defence; Antiguan Interior Ministry; Antiguan cabinet; Antiguan authorities; government of Antigua and Barbuda; government of the Antigua and Barbuda; Antigua and Barbuda government
ACT.ATG.LEG | ATGLEG | Antiguan parliament; Antiguan legislature; Parliament of Antigua and Barbuda

ACT.DMA | DMA | Dominica; Commonwealth of Dominica; Roseau
ACT.DMA.GOV | DMAGOV | Dominica government; Dominica Foreign Ministry; Dominica Ministry of Foreign Affairs; Dominica Defence Ministry; Dominica Defense Ministry; Dominica Ministry of Defence; Dominica Interior Ministry; Dominica cabinet; Dominica authorities; government of Dominica; government of the Dominica
ACT.DMA.LEG | DMALEG | Dominica parliament; Dominica legislature; House of Assembly of Dominica

ACT.GRD | GRD | Grenada; Grenadian; Grenadians
ACT.GRD.GOV | GRDGOV | Grenadian government; Grenadian Foreign Ministry; Grenadian Ministry of Foreign Affairs; Grenadian Defence Ministry; Grenadian Defense Ministry; Grenadian Ministry of Defence; Grenadian Interior Ministry; Grenadian cabinet; Grenadian authorities; government of Grenada; government of the Grenada; Grenada government
ACT.GRD.LEG | GRDLEG | Grenadian parliament; Grenadian legislature; Parliament of Grenada

ACT.KNA | KNA | Saint Kitts and Nevis; St Kitts and Nevis; St. Kitts and Nevis; Kittitian; Kittitians; Basseterre
ACT.KNA.GOV | KNAGOV | Kittitian government; Kittitian Foreign Ministry; Kittitian Ministry of Foreign Affairs; Kittitian Defence Ministry; Kittitian Defense Ministry; Kittitian Ministry of Defence; Kittitian Interior Ministry; Kittitian cabinet; Kittitian authorities; government of Saint Kitts and Nevis; government of the Saint Kitts and Nevis; Saint Kitts and Nevis government
ACT.KNA.LEG | KNALEG | Kittitian parliament; Kittitian legislature; National Assembly of Saint Kitts and Nevis

ACT.LCA | LCA | Saint Lucia; St Lucia; St. Lucia; Saint Lucian; Saint Lucians; Castries
ACT.LCA.GOV | LCAGOV | Saint Lucian government; Saint Lucian Foreign Ministry; Saint Lucian Ministry of Foreign Affairs; Saint Lucian Defence Ministry; Saint Lucian Defense Ministry; Saint Lucian Ministry of Defence; Saint Lucian Interior Ministry; Saint Lucian cabinet; Saint Lucian authorities; government of Saint Lucia; government of the Saint Lucia; Saint Lucia government
ACT.LCA.LEG | LCALEG | Saint Lucian parliament; Saint Lucian legislature; Parliament of Saint Lucia

ACT.VCT | VCT | Saint Vincent and the Grenadines; St Vincent and the Grenadines; St. Vincent; Vincentian; Vincentians; Kingstown
ACT.VCT.GOV | VCTGOV | Vincentian government; Vincentian Foreign Ministry; Vincentian Ministry of Foreign Affairs; Vincentian Defence Ministry; Vincentian Defense Ministry; Vincentian Ministry of Defence; Vincentian Interior Ministry; Vincentian cabinet; Vincentian authorities; government of Saint Vincent and the Grenadines; government of the Saint Vincent and the Grenadines; Saint Vincent and the Grenadines government
ACT.VCT.LEG | VCTLEG | Vincentian parliament; Vincentian legislature; House of Assembly of Saint Vincent

ACT.PRI | PRI | Puerto Rico; Commonwealth of Puerto Rico; Puerto Rican; Puerto Ricans; San Juan
ACT.PRI.GOV | PRIGOV | Puerto Rican government; Puerto Rican authorities; government of Puerto Rico; government of the Puerto Rico; Puerto Rico government; La Fortaleza

# South America

ACT.ARG | ARG | Argentina; Argentine Republic; Argentine; Argentinian; Argentines; Argentinians; Buenos Aires
ACT.ARG.GOV | ARGGOV | Argentine government; Argentine Foreign Ministry; Argentine Ministry of Foreign Affairs; Argentine Defence Ministry; Argentine Defense Ministry; Argentine Ministry of Defence; Argentine Interior Ministry; Argentine cabinet; Argentine authorities; Argentinian government; Argentinian Foreign Ministry; Argentinian Ministry of Foreign Affairs; Argentinian Defence Ministry; Argentinian Defense Ministry; Argentinian Ministry of Defence; Argentinian Interior Ministry; Argentinian cabinet; Argentinian authorities; government of Argentina; government of the Argentina; Argentina government; Casa Rosada
ACT.ARG.MIL | ARGMIL | Argentine armed forces; Argentine army; Argentine military; Argentine navy; Argentine air force; Argentine troops; Argentine forces; Argentine soldiers; Argentinian armed forces; Argentinian army; Argentinian military; Argentinian navy; Argentinian air force; Argentinian troops; Argentinian forces; Argentinian soldiers
ACT.ARG.COP | ARGCOP | Argentine police; Argentine security forces; Argentinian police; Argentinian security forces; Argentine Federal Police
ACT.ARG.LEG | ARGLEG | Argentine parliament; Argentine legislature; Argentinian parliament; Argentinian legislature; Argentine Congress; Congress of Argentina; Argentine Senate; Argentine Chamber of Deputies
ACT.ARG.JUD | ARGJUD | Argentine Supreme Court; Argentine Constitutional Court; Argentine judiciary; Argentinian Supreme Court; Argentinian Constitutional Court; Argentinian judiciary
ACT.ARG.CB | ARGGOVBUS | Argentine central bank; Argentinian central bank; Central Bank of Argentina; Central Bank of the Argentine Republic; BCRA

ACT.BOL | BOL | Bolivia; Plurinational State of Bolivia; Bolivian; Bolivians; La Paz; Sucre
ACT.BOL.GOV | BOLGOV | Bolivian government; Bolivian Foreign Ministry; Bolivian Ministry of Foreign Affairs; Bolivian Defence Ministry; Bolivian Defense Ministry; Bolivian Ministry of Defence; Bolivian Interior Ministry; Bolivian cabinet; Bolivian authorities; government of Bolivia; government of the Bolivia; Bolivia government; Palacio Quemado; Casa Grande del Pueblo
ACT.BOL.MIL | BOLMIL | Bolivian armed forces; Bolivian army; Bolivian military; Bolivian navy; Bolivian air force; Bolivian troops; Bolivian forces; Bolivian soldiers
ACT.BOL.COP | BOLCOP | Bolivian police; Bolivian security forces
ACT.BOL.LEG | BOLLEG | Bolivian parliament; Bolivian legislature; Plurinational Legislative Assembly
ACT.BOL.JUD | BOLJUD | Bolivian Supreme Court; Bolivian Constitutional Court; Bolivian judiciary
ACT.BOL.CB | BOLGOVBUS | Bolivian central bank; Central Bank of Bolivia

ACT.BRA | BRA | Brazil; Federative Republic of Brazil; Brazilian; Brazilians; Brasilia; Brasília
ACT.BRA.GOV | BRAGOV | Brazilian government; Brazilian Foreign Ministry; Brazilian Ministry of Foreign Affairs; Brazilian Defence Ministry; Brazilian Defense Ministry; Brazilian Ministry of Defence; Brazilian Interior Ministry; Brazilian cabinet; Brazilian authorities; government of Brazil; government of the Brazil; Brazil government; Planalto; Planalto Palace; Itamaraty; Alvorada Palace
ACT.BRA.MIL | BRAMIL | Brazilian armed forces; Brazilian army; Brazilian military; Brazilian navy; Brazilian air force; Brazilian troops; Brazilian forces; Brazilian soldiers
ACT.BRA.COP | BRACOP | Brazilian police; Brazilian security forces; Federal Police of Brazil; Brazilian Federal Police
ACT.BRA.LEG | BRALEG | Brazilian parliament; Brazilian legislature; National Congress of Brazil; Brazilian Congress; Brazilian Senate; Chamber of Deputies of Brazil
ACT.BRA.JUD | BRAJUD | Brazilian Supreme Court; Brazilian Constitutional Court; Brazilian judiciary; Supreme Federal Court; STF; Superior Electoral Court
ACT.BRA.CB | BRAGOVBUS | Brazilian central bank; Central Bank of Brazil; Banco Central do Brasil

ACT.CHL | CHL | Chile; Republic of Chile; Chilean; Chileans; Santiago
ACT.CHL.GOV | CHLGOV | Chilean government; Chilean Foreign Ministry; Chilean Ministry of Foreign Affairs; Chilean Defence Ministry; Chilean Defense Ministry; Chilean Ministry of Defence; Chilean Interior Ministry; Chilean cabinet; Chilean authorities; government of Chile; government of the Chile; Chile government; La Moneda; La Moneda Palace
ACT.CHL.MIL | CHLMIL | Chilean armed forces; Chilean army; Chilean military; Chilean navy; Chilean air force; Chilean troops; Chilean forces; Chilean soldiers
ACT.CHL.COP | CHLCOP | Chilean police; Chilean security forces; Carabineros
ACT.CHL.LEG | CHLLEG | Chilean parliament; Chilean legislature; National Congress of Chile; Chilean Congress; Chilean Senate
ACT.CHL.JUD | CHLJUD | Chilean Supreme Court; Chilean Constitutional Court; Chilean judiciary
ACT.CHL.CB | CHLGOVBUS | Chilean central bank; Central Bank of Chile

ACT.COL | COL | Colombia; Republic of Colombia; Colombian; Colombians; Bogota; Bogotá
ACT.COL.GOV | COLGOV | Colombian government; Colombian Foreign Ministry; Colombian Ministry of Foreign Affairs; Colombian Defence Ministry; Colombian Defense Ministry; Colombian Ministry of Defence; Colombian Interior Ministry; Colombian cabinet; Colombian authorities; government of Colombia; government of the Colombia; Colombia government; Casa de Narino; Casa de Nariño
ACT.COL.MIL | COLMIL | Colombian armed forces; Colombian army; Colombian military; Colombian navy; Colombian air force; Colombian troops; Colombian forces; Colombian soldiers
ACT.COL.COP | COLCOP | Colombian police; Colombian security forces; Colombian National Police
ACT.COL.LEG | COLLEG | Colombian parliament; Colombian legislature; Congress of Colombia; Colombian Congress; Colombian Senate
ACT.COL.JUD | COLJUD | Colombian Supreme Court; Colombian Constitutional Court; Colombian judiciary
ACT.COL.CB | COLGOVBUS | Colombian central bank; Central Bank of Colombia; Bank of the Republic of Colombia; Banco de la Republica

ACT.ECU | ECU | Ecuador; Republic of Ecuador; Ecuadorian; Ecuadorean; Ecuadorians; Ecuadoreans; Quito
ACT.ECU.GOV | ECUGOV | Ecuadorian government; Ecuadorian Foreign Ministry; Ecuadorian Ministry of Foreign Affairs; Ecuadorian Defence Ministry; Ecuadorian Defense Ministry; Ecuadorian Ministry of Defence; Ecuadorian Interior Ministry; Ecuadorian cabinet; Ecuadorian authorities; Ecuadorean government; Ecuadorean Foreign Ministry; Ecuadorean Ministry of Foreign Affairs; Ecuadorean Defence Ministry; Ecuadorean Defense Ministry; Ecuadorean Ministry of Defence; Ecuadorean Interior Ministry; Ecuadorean cabinet; Ecuadorean authorities; government of Ecuador; government of the Ecuador; Ecuador government; Carondelet Palace
ACT.ECU.MIL | ECUMIL | Ecuadorian armed forces; Ecuadorian army; Ecuadorian military; Ecuadorian navy; Ecuadorian air force; Ecuadorian troops; Ecuadorian forces; Ecuadorian soldiers; Ecuadorean armed forces; Ecuadorean army; Ecuadorean military; Ecuadorean navy; Ecuadorean air force; Ecuadorean troops; Ecuadorean forces; Ecuadorean soldiers
ACT.ECU.COP | ECUCOP | Ecuadorian police; Ecuadorian security forces; Ecuadorean police; Ecuadorean security forces
ACT.ECU.LEG | ECULEG | Ecuadorian parliament; Ecuadorian legislature; Ecuadorean parliament; Ecuadorean legislature; National Assembly of Ecuador; Ecuadorian National Assembly
ACT.ECU.JUD | ECUJUD | Ecuadorian Supreme Court; Ecuadorian Constitutional Court; Ecuadorian judiciary; Ecuadorean Supreme Court; Ecuadorean Constitutional Court; Ecuadorean judiciary
ACT.ECU.CB | ECUGOVBUS | Ecuadorian central bank; Ecuadorean central bank; Central Bank of Ecuador

ACT.GUY | GUY | Guyana; Co-operative Republic of Guyana; Guyanese
ACT.GUY.GOV | GUYGOV | Guyanese government; Guyanese Foreign Ministry; Guyanese Ministry of Foreign Affairs; Guyanese Defence Ministry; Guyanese Defense Ministry; Guyanese Ministry of Defence; Guyanese Interior Ministry; Guyanese cabinet; Guyanese authorities; government of Guyana; government of the Guyana; Guyana government
ACT.GUY.MIL | GUYMIL | Guyanese armed forces; Guyanese army; Guyanese military; Guyanese navy; Guyanese air force; Guyanese troops; Guyanese forces; Guyanese soldiers; Guyana Defence Force
ACT.GUY.COP | GUYCOP | Guyanese police; Guyanese security forces
ACT.GUY.LEG | GUYLEG | Guyanese parliament; Guyanese legislature; Guyanese National Assembly; National Assembly of Guyana

ACT.PRY | PRY | Paraguay; Republic of Paraguay; Paraguayan; Paraguayans; Asuncion; Asunción
ACT.PRY.GOV | PRYGOV | Paraguayan government; Paraguayan Foreign Ministry; Paraguayan Ministry of Foreign Affairs; Paraguayan Defence Ministry; Paraguayan Defense Ministry; Paraguayan Ministry of Defence; Paraguayan Interior Ministry; Paraguayan cabinet; Paraguayan authorities; government of Paraguay; government of the Paraguay; Paraguay government; Palacio de Lopez
ACT.PRY.MIL | PRYMIL | Paraguayan armed forces; Paraguayan army; Paraguayan military; Paraguayan navy; Paraguayan air force; Paraguayan troops; Paraguayan forces; Paraguayan soldiers
ACT.PRY.COP | PRYCOP | Paraguayan police; Paraguayan security forces
ACT.PRY.LEG | PRYLEG | Paraguayan parliament; Paraguayan legislature; Congress of Paraguay; Paraguayan Congress
ACT.PRY.JUD | PRYJUD | Paraguayan Supreme Court; Paraguayan Constitutional Court; Paraguayan judiciary
ACT.PRY.CB | PRYGOVBUS | Paraguayan central bank; Central Bank of Paraguay

ACT.PER | PER | Peru; Republic of Peru; Peruvian; Peruvians; Lima
ACT.PER.GOV | PERGOV | Peruvian government; Peruvian Foreign Ministry; Peruvian Ministry of Foreign Affairs; Peruvian Defence Ministry; Peruvian Defense Ministry; Peruvian Ministry of Defence; Peruvian Interior Ministry; Peruvian cabinet; Peruvian authorities; government of Peru; government of the Peru; Peru government; Government Palace of Peru; Palacio de Gobierno
ACT.PER.MIL | PERMIL | Peruvian armed forces; Peruvian army; Peruvian military; Peruvian navy; Peruvian air force; Peruvian troops; Peruvian forces; Peruvian soldiers
ACT.PER.COP | PERCOP | Peruvian police; Peruvian security forces; Peruvian National Police
ACT.PER.LEG | PERLEG | Peruvian parliament; Peruvian legislature; Congress of Peru; Peruvian Congress
ACT.PER.JUD | PERJUD | Peruvian Supreme Court; Peruvian Constitutional Court; Peruvian judiciary; Constitutional Tribunal of Peru
ACT.PER.CB | PERGOVBUS | Peruvian central bank; Central Bank of Peru; Central Reserve Bank of Peru

ACT.SUR | SUR | Suriname; Republic of Suriname; Surinamese; Paramaribo
ACT.SUR.GOV | SURGOV | Surinamese government; Surinamese Foreign Ministry; Surinamese Ministry of Foreign Affairs; Surinamese Defence Ministry; Surinamese Defense Ministry; Surinamese Ministry of Defence; Surinamese Interior Ministry; Surinamese cabinet; Surinamese authorities; government of Suriname; government of the Suriname; Suriname government
ACT.SUR.LEG | SURLEG | Surinamese parliament; Surinamese legislature; Surinamese National Assembly; National Assembly of Suriname

ACT.URY | URY | Uruguay; Oriental Republic of Uruguay; Uruguayan; Uruguayans; Montevideo
ACT.URY.GOV | URYGOV | Uruguayan government; Uruguayan Foreign Ministry; Uruguayan Ministry of Foreign Affairs; Uruguayan Defence Ministry; Uruguayan Defense Ministry; Uruguayan Ministry of Defence; Uruguayan Interior Ministry; Uruguayan cabinet; Uruguayan authorities; government of Uruguay; government of the Uruguay; Uruguay government; Torre Ejecutiva
ACT.URY.MIL | URYMIL | Uruguayan armed forces; Uruguayan army; Uruguayan military; Uruguayan navy; Uruguayan air force; Uruguayan troops; Uruguayan forces; Uruguayan soldiers
ACT.URY.COP | URYCOP | Uruguayan police; Uruguayan security forces
ACT.URY.LEG | URYLEG | Uruguayan parliament; Uruguayan legislature; General Assembly of Uruguay
ACT.URY.JUD | URYJUD | Uruguayan Supreme Court; Uruguayan Constitutional Court; Uruguayan judiciary
ACT.URY.CB | URYGOVBUS | Uruguayan central bank; Central Bank of Uruguay

ACT.VEN | VEN | Venezuela; Bolivarian Republic of Venezuela; Venezuelan; Venezuelans; Caracas
ACT.VEN.GOV | VENGOV | Venezuelan government; Venezuelan Foreign Ministry; Venezuelan Ministry of Foreign Affairs; Venezuelan Defence Ministry; Venezuelan Defense Ministry; Venezuelan Ministry of Defence; Venezuelan Interior Ministry; Venezuelan cabinet; Venezuelan authorities; government of Venezuela; government of the Venezuela; Venezuela government; Miraflores; Miraflores Palace; Maduro government; Maduro regime
ACT.VEN.MIL | VENMIL | Venezuelan armed forces; Venezuelan army; Venezuelan military; Venezuelan navy; Venezuelan air force; Venezuelan troops; Venezuelan forces; Venezuelan soldiers; Bolivarian National Armed Forces; FANB; Bolivarian National Guard
ACT.VEN.COP | VENCOP | Venezuelan police; Venezuelan security forces; Bolivarian National Police
ACT.VEN.LEG | VENLEG | Venezuelan parliament; Venezuelan legislature; National Assembly of Venezuela; Venezuelan National Assembly
ACT.VEN.JUD | VENJUD | Venezuelan Supreme Court; Venezuelan Constitutional Court; Venezuelan judiciary; Supreme Tribunal of Justice; TSJ
ACT.VEN.CB | VENGOVBUS | Venezuelan central bank; Central Bank of Venezuela
