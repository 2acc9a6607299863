@kind actors
# Intelligence services (CAMEO SPY sector) and multi-country regions and
# blocs that are not organizations (CAMEO regional codes: WST the West, EUR
# Europe, AFR Africa, ASA Asia, MEA Middle East, ARB Arab world, LAM Latin
# America, SAM South America, NAM North America, CRB Caribbean, WAF/EAF/SAF/
# CAF/NAF African subregions, SEA Southeast Asia, SAS South Asia, CAS Central
# Asia, CAU Caucasus, BLK Balkans, SCN Scandinavia).

# ---------------------------------------------------------------- intelligence and security services
ACT.USA.CIA          | USASPY | Central Intelligence Agency; CIA; National Security Agency; Office of the Director of National Intelligence; ODNI; Director of National Intelligence; US intelligence; U.S. intelligence; American intelligence; US intelligence agencies; Defense Intelligence Agency
ACT.GBR.MI6          | GBRSPY | MI6; Secret Intelligence Service; MI5; British Security Service; GCHQ; British intelligence; UK intelligence
ACT.FRA.DGSE         | FRASPY | DGSE; General Directorate for External Security; DGSI; French intelligence
ACT.DEU.BND          | DEUSPY | BND; Federal Intelligence Service; Bundesnachrichtendienst; Office for the Protection of the Constitution; Verfassungsschutz; BfV; German intelligence
ACT.CHN.MSS          | CHNSPY | Ministry of State Security; MSS; Chinese intelligence; Chinese spy agency
ACT.IRN.MOIS         | IRNSPY | Ministry of Intelligence of Iran; Iranian Ministry of Intelligence; MOIS; Iranian intelligence; IRGC Intelligence Organization
ACT.TUR.MIT          | TURSPY | National Intelligence Organization of Turkey; Turkish National Intelligence Organization; Turkish intelligence; MIT intelligence agency
ACT.KOR.NIS          | KORSPY | National Intelligence Service; NIS; South Korean intelligence; South Korea 's spy agency
ACT.IND.RAW          | INDSPY | Research and Analysis Wing; R&AW; Intelligence Bureau of India; Indian intelligence
ACT.UKR.SBU          | UKRSPY | Security Service of Ukraine; SBU; Defence Intelligence of Ukraine; Main Intelligence Directorate of Ukraine; HUR; GUR; Ukrainian intelligence; Ukrainian military intelligence
ACT.AFG.GDI          | AFGREB ..2021-08-15; AFGSPY 2021-08-15.. | General Directorate of Intelligence; GDI
ACT.AFG.NDS         | AFGSPY ..2021-08-15; AFGSPY | National Directorate of Security; NDS
ACT.EGY.GIS          | EGYSPY | General Intelligence Service of Egypt; Egyptian General Intelligence; Egyptian intelligence
ACT.SAU.GIP          | SAUSPY | General Intelligence Presidency; Saudi intelligence
ACT.SYR.GIS          | SYRSPY 2024-12-08..; SYRSPY | General Intelligence Service of Syria; Syrian General Intelligence Service
ACT.SDN.GIS          | SDNSPY | General Intelligence Service of Sudan; Sudanese intelligence; NISS

# ---------------------------------------------------------------- regions and blocs
ACT.REG.WEST         | WST | the West; Western countries; Western nations; Western powers; Western governments; Western allies; Western leaders; Western states; Western officials; Western diplomats
ACT.REG.EUROPE       | EUR | Europe; European countries; European nations; European governments; European leaders; European powers; Europeans; European
ACT.REG.E3           | EUR | E3; European troika
ACT.REG.AFRICA       | AFR | Africa; African countries; African nations; African leaders; African states; African governments; sub-Saharan Africa; African
ACT.REG.SAHEL        | WAF | Sahel; Sahel region; Sahelian states; West Africa; West African countries; West African states; West African
ACT.REG.EASTAFRICA   | EAF | East Africa; Horn of Africa; East African countries
ACT.REG.SOUTHERNAFR  | SAF | Southern Africa; southern African countries
ACT.REG.CENTRALAFR   | CAF | Central Africa; Great Lakes region; African Great Lakes
ACT.REG.NORTHAFRICA  | NAF | North Africa; Maghreb; North African countries
ACT.REG.MIDEAST      | MEA | Middle East; Mideast; Middle Eastern countries; Middle Eastern; Levant; Near East
ACT.REG.ARAB         | ARB | Arab world; Arab countries; Arab states; Arab nations; Arab governments; Arab leaders; Arab; Arabs
ACT.REG.GULF         | MEA | Gulf states; Gulf countries; Gulf Arab states; Gulf monarchies; Persian Gulf states; Arab Gulf states
ACT.REG.MUSLIM       | MOS | Muslim world; Muslim countries; Islamic countries; Islamic nations; Muslim nations; Muslim-majority countries
ACT.REG.ASIA         | ASA | Asia; Asian countries; Asian nations; Asia-Pacific; Indo-Pacific; Asian
ACT.REG.SEASIA       | SEA | Southeast Asia; South East Asia; Southeast Asian countries; Southeast Asian nations
ACT.REG.SOUTHASIA    | SAS | South Asia; South Asian countries; Indian subcontinent
ACT.REG.CENTRALASIA  | CAS | Central Asia; Central Asian countries; Central Asian states; Central Asian
ACT.REG.CAUCASUS     | CAU | Caucasus; South Caucasus; North Caucasus
ACT.REG.BALKANS      | BLK | Balkans; Western Balkans; Balkan countries; Balkan states
ACT.REG.NORDIC       | SCN | Nordic countries; Scandinavia; Scandinavian countries; Nordic states; Baltic states; Baltics; Nordic-Baltic
ACT.REG.LATAM        | LAM | Latin America; Latin American countries; Latin American nations; Latin American leaders; Latin American
ACT.REG.SOUTHAM      | SAM | South America; South American countries; South American
ACT.REG.CENTRALAM    | LAM | Central America; Central American countries; Northern Triangle
ACT.REG.NORTHAM      | NAM | North America; North American
ACT.REG.CARIBBEAN    | CRB | Caribbean; Caribbean countries; Caribbean nations; Caribbean islands
ACT.REG.PACIFIC      | OCE | Pacific Islands; Pacific island nations; Pacific island countries; Oceania
ACT.REG.GLOBALSOUTH  | DEV | Global South; developing countries; developing nations; developing world; emerging economies; Third World
ACT.REG.NONALIGNED   | IGONON | Non-Aligned Movement; NAM summit; Group of 77; G77; G-77

# ---------------------------------------------------------------- historical states
ACT.HIST.USSR        | RUS ..1991-12-26; RUS | Soviet Union; USSR; U.S.S.R.; Union of Soviet Socialist Republics
ACT.HIST.YUGOSLAVIA  | YUG ..2006-06-05; YUG | Yugoslavia; Federal Republic of Yugoslavia; Serbia and Montenegro
ACT.HIST.CZECHOSLOVAKIA | CZE ..1993-01-01; CZE | Czechoslovakia

# ---------------------------------------------------------------- unspecified international actors
ACT.REG.INTLCOMMUNITY | IGO | international community; world community; world powers; global powers; major powers; great powers; foreign powers; foreign governments; donor countries; donors; international donors; international partners
