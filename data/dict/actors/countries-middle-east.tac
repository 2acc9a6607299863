@kind actors
# Countries and territories of the Middle East (Gulf, Levant, Iraq, Iran, Turkey, Cyprus); North Africa is in countries-africa.tac
# Generated layout: country, then its institutions (GOV government and ministries,
# MIL armed forces, COP police, LEG legislature, JUD top courts, GOVBUS central bank).

# Gulf

ACT.BHR | BHR | Bahrain; Kingdom of Bahrain; Bahraini; Bahrainis; Manama
ACT.BHR.GOV | BHRGOV | Bahraini government; Bahraini Foreign Ministry; Bahraini Ministry of Foreign Affairs; Bahraini Defence Ministry; Bahraini Defense Ministry; Bahraini Ministry of Defence; Bahraini Interior Ministry; Bahraini cabinet; Bahraini authorities; government of Bahrain; government of the Bahrain; Bahrain government
ACT.BHR.MIL | BHRMIL | Bahraini armed forces; Bahraini army; Bahraini military; Bahraini navy; Bahraini air force; Bahraini troops; Bahraini forces; Bahraini soldiers; Bahrain Defence Force
ACT.BHR.COP | BHRCOP | Bahraini police; Bahraini security forces
ACT.BHR.LEG | BHRLEG | Bahraini parliament; Bahraini legislature; Council of Representatives of Bahrain; Shura Council of Bahrain

ACT.KWT | KWT | Kuwait; State of Kuwait; Kuwaiti; Kuwaitis; Kuwait City
ACT.KWT.GOV | KWTGOV | Kuwaiti government; Kuwaiti Foreign Ministry; Kuwaiti Ministry of Foreign Affairs; Kuwaiti Defence Ministry; Kuwaiti Defense Ministry; Kuwaiti Ministry of Defence; Kuwaiti Interior Ministry; Kuwaiti cabinet; Kuwaiti authorities; government of Kuwait; government of the Kuwait; Kuwait government; Bayan Palace; Seif Palace
ACT.KWT.MIL | KWTMIL | Kuwaiti armed forces; Kuwaiti army; Kuwaiti military; Kuwaiti navy; Kuwaiti air force; Kuwaiti troops; Kuwaiti forces; Kuwaiti soldiers
ACT.KWT.COP | KWTCOP | Kuwaiti police; Kuwaiti security forces
ACT.KWT.LEG | KWTLEG | Kuwaiti parliament; Kuwaiti legislature; National Assembly of Kuwait; Kuwaiti National Assembly

ACT.OMN | OMN | Oman; Sultanate of Oman; Omani; Omanis; Muscat
ACT.OMN.GOV | OMNGOV | Omani government; Omani Foreign Ministry; Omani Ministry of Foreign Affairs; Omani Defence Ministry; Omani Defense Ministry; Omani Ministry of Defence; Omani Interior Ministry; Omani cabinet; Omani authorities; government of Oman; government of the Oman; Oman government
ACT.OMN.MIL | OMNMIL | Omani armed forces; Omani army; Omani military; Omani navy; Omani air force; Omani troops; Omani forces; Omani soldiers; Sultan 's Armed Forces
ACT.OMN.COP | OMNCOP | Omani police; Omani security forces; Royal Oman Police
ACT.OMN.LEG | OMNLEG | Omani parliament; Omani legislature; Council of Oman; Majlis al-Shura of Oman

ACT.QAT | QAT | Qatar; State of Qatar; Qatari; Qataris; Doha
ACT.QAT.GOV | QATGOV | Qatari government; Qatari Foreign Ministry; Qatari Ministry of Foreign Affairs; Qatari Defence Ministry; Qatari Defense Ministry; Qatari Ministry of Defence; Qatari Interior Ministry; Qatari cabinet; Qatari authorities; government of Qatar; government of the Qatar; Qatar government; Amiri Diwan
ACT.QAT.MIL | QATMIL | Qatari armed forces; Qatari army; Qatari military; Qatari navy; Qatari air force; Qatari troops; Qatari forces; Qatari soldiers; Qatar Armed Forces
ACT.QAT.COP | QATCOP | Qatari police; Qatari security forces
ACT.QAT.LEG | QATLEG | Qatari parliament; Qatari legislature; Shura Council of Qatar
ACT.QAT.JUD | QATJUD | Qatari Supreme Court; Qatari Constitutional Court; Qatari judiciary
ACT.QAT.CB | QATGOVBUS | Qatari central bank; Central Bank of Qatar; Qatar Central Bank

ACT.SAU | SAU | Saudi Arabia; Kingdom of Saudi Arabia; KSA; Saudi; Saudis; Riyadh; Jeddah
ACT.SAU.GOV | SAUGOV | Saudi government; Saudi Foreign Ministry; Saudi Ministry of Foreign Affairs; Saudi Defence Ministry; Saudi Defense Ministry; Saudi Ministry of Defence; Saudi Interior Ministry; Saudi cabinet; Saudi authorities; government of Saudi Arabia; government of the Saudi Arabia; Saudi Arabia government; Royal Court of Saudi Arabia; Saudi royal court; House of Saud
ACT.SAU.MIL | SAUMIL | Saudi armed forces; Saudi army; Saudi military; Saudi navy; Saudi air force; Saudi troops; Saudi forces; Saudi soldiers; Royal Saudi Armed Forces; Saudi-led coalition; Royal Saudi Air Force
ACT.SAU.COP | SAUCOP | Saudi police; Saudi security forces
ACT.SAU.LEG | SAULEG | Saudi parliament; Saudi legislature; Consultative Assembly of Saudi Arabia; Saudi Shura Council
ACT.SAU.JUD | SAUJUD | Saudi Supreme Court; Saudi Constitutional Court; Saudi judiciary
ACT.SAU.CB | SAUGOVBUS | Saudi central bank; Central Bank of Saudi Arabia; Saudi Arabian Monetary Authority; SAMA

ACT.ARE | ARE | United Arab Emirates; UAE; Emirates; Emirati; Emiratis; Abu Dhabi; Dubai
ACT.ARE.GOV | AREGOV | Emirati government; Emirati Foreign Ministry; Emirati Ministry of Foreign Affairs; Emirati Defence Ministry; Emirati Defense Ministry; Emirati Ministry of Defence; Emirati Interior Ministry; Emirati cabinet; Emirati authorities; government of United Arab Emirates; government of the United Arab Emirates; United Arab Emirates government
ACT.ARE.MIL | AREMIL | Emirati armed forces; Emirati army; Emirati military; Emirati navy; Emirati air force; Emirati troops; Emirati forces; Emirati soldiers; UAE Armed Forces
ACT.ARE.COP | ARECOP | Emirati police; Emirati security forces
ACT.ARE.LEG | ARELEG | Emirati parliament; Emirati legislature; Federal National Council
ACT.ARE.JUD | AREJUD | Emirati Supreme Court; Emirati Constitutional Court; Emirati judiciary
ACT.ARE.CB | AREGOVBUS | Emirati central bank; Central Bank of United Arab Emirates; Central Bank of the UAE; Central Bank of the United Arab Emirates

ACT.YEM | YEM | Yemen; Republic of Yemen; Yemeni; Yemenis; Sanaa; Sana'a; Aden
ACT.YEM.GOV | YEMGOV | Yemeni government; Yemeni Foreign Ministry; Yemeni Ministry of Foreign Affairs; Yemeni Defence Ministry; Yemeni Defense Ministry; Yemeni Ministry of Defence; Yemeni Interior Ministry; Yemeni cabinet; Yemeni authorities; government of Yemen; government of the Yemen; Yemen government; Presidential Leadership Council; PLC Yemen; internationally recognised government of Yemen; internationally recognized government of Yemen
ACT.YEM.MIL | YEMMIL | Yemeni armed forces; Yemeni army; Yemeni military; Yemeni navy; Yemeni air force; Yemeni troops; Yemeni forces; Yemeni soldiers; Yemeni government forces
ACT.YEM.COP | YEMCOP | Yemeni police; Yemeni security forces
ACT.YEM.LEG | YEMLEG | Yemeni parliament; Yemeni legislature; House of Representatives of Yemen
ACT.YEM.JUD | YEMJUD | Yemeni Supreme Court; Yemeni Constitutional Court; Yemeni judiciary
ACT.YEM.CB | YEMGOVBUS | Yemeni central bank; Central Bank of Yemen

# Levant, Iraq, Iran, Turkey

ACT.IRQ | IRQ | Iraq; Republic of Iraq; Iraqi; Iraqis; Baghdad
ACT.IRQ.GOV | IRQGOV | Iraqi government; Iraqi Foreign Ministry; Iraqi Ministry of Foreign Affairs; Iraqi Defence Ministry; Iraqi Defense Ministry; Iraqi Ministry of Defence; Iraqi Interior Ministry; Iraqi cabinet; Iraqi authorities; government of Iraq; government of the Iraq; Iraq government; Green Zone
ACT.IRQ.MIL | IRQMIL | Iraqi armed forces; Iraqi army; Iraqi military; Iraqi navy; Iraqi air force; Iraqi troops; Iraqi forces; Iraqi soldiers; Iraqi Security Forces; ISF; Counter Terrorism Service of Iraq; Iraqi Counter-Terrorism Service
ACT.IRQ.COP | IRQCOP | Iraqi police; Iraqi Federal Police
ACT.IRQ.LEG | IRQLEG | Iraqi parliament; Iraqi legislature; Council of Representatives of Iraq; Iraqi Council of Representatives
ACT.IRQ.JUD | IRQJUD | Iraqi Supreme Court; Iraqi Constitutional Court; Iraqi judiciary; Federal Supreme Court of Iraq
ACT.IRQ.CB | IRQGOVBUS | Iraqi central bank; Central Bank of Iraq

ACT.IRN | IRN | Iran; Islamic Republic of Iran; Persia; Iranian; Iranians; Tehran; Teheran
ACT.IRN.GOV | IRNGOV | Iranian government; Iranian Foreign Ministry; Iranian Ministry of Foreign Affairs; Iranian Defence Ministry; Iranian Defense Ministry; Iranian Ministry of Defence; Iranian Interior Ministry; Iranian cabinet; Iranian authorities; government of Iran; government of the Iran; Iran government; Office of the Supreme Leader; Supreme National Security Council; Guardian Council; Assembly of Experts; Expediency Council
ACT.IRN.MIL | IRNMIL | Iranian armed forces; Iranian army; Iranian military; Iranian navy; Iranian air force; Iranian troops; Iranian forces; Iranian soldiers; Islamic Revolutionary Guard Corps; Revolutionary Guard; Revolutionary Guards; Iranian Revolutionary Guards; IRGC; Quds Force; IRGC Quds Force; Artesh; Basij; Islamic Republic of Iran Army
ACT.IRN.COP | IRNCOP | Iranian police; Iranian security forces; Iranian morality police; Guidance Patrol
ACT.IRN.LEG | IRNLEG | Iranian parliament; Iranian legislature; Majlis; Islamic Consultative Assembly; Iranian Majlis
ACT.IRN.JUD | IRNJUD | Iranian Supreme Court; Iranian Constitutional Court; Iranian judiciary; Revolutionary Court; Islamic Revolutionary Court
ACT.IRN.CB | IRNGOVBUS | Iranian central bank; Central Bank of Iran; Central Bank of the Islamic Republic of Iran

ACT.ISR | ISR | Israel; State of Israel; Israeli; Israelis; Jerusalem; Tel Aviv
ACT.ISR.GOV | ISRGOV | Israeli government; Israeli Foreign Ministry; Israeli Ministry of Foreign Affairs; Israeli Defence Ministry; Israeli Defense Ministry; Israeli Ministry of Defence; Israeli Interior Ministry; Israeli cabinet; Israeli authorities; government of Israel; government of the Israel; Israel government; Prime Minister 's Office of Israel; Israeli security cabinet; Israeli war cabinet
ACT.ISR.MIL | ISRMIL | Israeli armed forces; Israeli army; Israeli military; Israeli navy; Israeli air force; Israeli troops; Israeli forces; Israeli soldiers; Israel Defense Forces; Israel Defence Forces; IDF
ACT.ISR.COP | ISRCOP | Israeli police; Israeli security forces; Israel Police; Israeli border police
ACT.ISR.LEG | ISRLEG | Israeli parliament; Israeli legislature; Knesset
ACT.ISR.JUD | ISRJUD | Israeli Supreme Court; Israeli Constitutional Court; Israeli judiciary; Supreme Court of Israel; Israeli High Court; High Court of Justice
ACT.ISR.CB | ISRGOVBUS | Israeli central bank; Central Bank of Israel; Bank of Israel

ACT.JOR | JOR | Jordan; Hashemite Kingdom of Jordan; Jordanian; Jordanians; Amman
ACT.JOR.GOV | JORGOV | Jordanian government; Jordanian Foreign Ministry; Jordanian Ministry of Foreign Affairs; Jordanian Defence Ministry; Jordanian Defense Ministry; Jordanian Ministry of Defence; Jordanian Interior Ministry; Jordanian cabinet; Jordanian authorities; government of Jordan; government of the Jordan; Jordan government; Royal Hashemite Court
ACT.JOR.MIL | JORMIL | Jordanian armed forces; Jordanian army; Jordanian military; Jordanian navy; Jordanian air force; Jordanian troops; Jordanian forces; Jordanian soldiers; Jordan Armed Forces
ACT.JOR.COP | JORCOP | Jordanian police; Jordanian security forces; Jordanian Public Security Directorate
ACT.JOR.LEG | JORLEG | Jordanian parliament; Jordanian legislature; Parliament of Jordan
ACT.JOR.JUD | JORJUD | Jordanian Supreme Court; Jordanian Constitutional Court; Jordanian judiciary
ACT.JOR.CB | JORGOVBUS | Jordanian central bank; Central Bank of Jordan

ACT.LBN | LBN | Lebanon; Lebanese Republic; Lebanese; Beirut
ACT.LBN.GOV | LBNGOV | Lebanese government; Lebanese Foreign Ministry; Lebanese Ministry of Foreign Affairs; Lebanese Defence Ministry; Lebanese Defense Ministry; Lebanese Ministry of Defence; Lebanese Interior Ministry; Lebanese cabinet; Lebanese authorities; government of Lebanon; government of the Lebanon; Lebanon government; Baabda; Baabda Palace; Grand Serail
ACT.LBN.MIL | LBNMIL | Lebanese armed forces; Lebanese army; Lebanese military; Lebanese navy; Lebanese air force; Lebanese troops; Lebanese forces; Lebanese soldiers; LAF
ACT.LBN.COP | LBNCOP | Lebanese police; Lebanese security forces; Internal Security Forces of Lebanon; Lebanese Internal Security Forces
ACT.LBN.LEG | LBNLEG | Lebanese parliament; Lebanese legislature; Parliament of Lebanon
ACT.LBN.JUD | LBNJUD | Lebanese Supreme Court; Lebanese Constitutional Court; Lebanese judiciary
ACT.LBN.CB | LBNGOVBUS | Lebanese central bank; Central Bank of Lebanon; Banque du Liban

ACT.PSE | PSE | Palestine; State of Palestine; Palestinian territories; occupied Palestinian territories; Palestinian Territory; West Bank; Gaza; Gaza Strip; Gazan; East Jerusalem; Palestinian; Palestinians; Ramallah; Gaza City
ACT.PSE.GOV | PSEGOV | Palestinian government; Palestinian Foreign Ministry; Palestinian Ministry of Foreign Affairs; Palestinian Defence Ministry; Palestinian Defense Ministry; Palestinian Ministry of Defence; Palestinian Interior Ministry; Palestinian cabinet; Palestinian authorities; government of Palestine; government of the Palestine; Palestine government; Palestinian Authority; Palestinian National Authority; PA government; Palestine Liberation Organization; PLO; Fatah-led Palestinian Authority
ACT.PSE.MIL | PSEMIL | Palestinian armed forces; Palestinian army; Palestinian military; Palestinian navy; Palestinian air force; Palestinian troops; Palestinian forces; Palestinian soldiers; Palestinian security forces
ACT.PSE.COP | PSECOP | Palestinian police
ACT.PSE.LEG | PSELEG | Palestinian parliament; Palestinian legislature; Palestinian Legislative Council; Palestinian National Council
ACT.PSE.JUD | PSEJUD | Palestinian Supreme Court; Palestinian Constitutional Court; Palestinian judiciary
ACT.PSE.CB | PSEGOVBUS | Palestinian central bank; Central Bank of Palestine; Palestine Monetary Authority

ACT.SYR | SYR | Syria; Syrian Arab Republic; Syrian; Syrians; Damascus
ACT.SYR.GOV | SYRGOV | Syrian government; Syrian Foreign Ministry; Syrian Ministry of Foreign Affairs; Syrian Defence Ministry; Syrian Defense Ministry; Syrian Ministry of Defence; Syrian Interior Ministry; Syrian cabinet; Syrian authorities; government of Syria; government of the Syria; Syria government; People 's Palace; Syrian transitional government; Syrian interim government; Syrian caretaker government; Assad regime; Assad government; Syrian regime
ACT.SYR.MIL | SYRMIL | Syrian armed forces; Syrian army; Syrian military; Syrian navy; Syrian air force; Syrian troops; Syrian forces; Syrian soldiers; Syrian Arab Army; Syrian army forces; Syrian government forces
ACT.SYR.COP | SYRCOP | Syrian police; Syrian security forces; Syrian General Security Service; General Security Service
ACT.SYR.LEG | SYRLEG | Syrian parliament; Syrian legislature; People 's Assembly of Syria; Syrian People 's Assembly
ACT.SYR.JUD | SYRJUD | Syrian Supreme Court; Syrian Constitutional Court; Syrian judiciary
ACT.SYR.CB | SYRGOVBUS | Syrian central bank; Central Bank of Syria

ACT.TUR | TUR | Turkey; Türkiye; Turkiye; Republic of Turkey; Republic of Türkiye; Turkish; Turk; Turks; Ankara
ACT.TUR.GOV | TURGOV | Turkish government; Turkish Foreign Ministry; Turkish Ministry of Foreign Affairs; Turkish Defence Ministry; Turkish Defense Ministry; Turkish Ministry of Defence; Turkish Interior Ministry; Turkish cabinet; Turkish authorities; government of Turkey; government of the Turkey; Turkey government; Presidential Complex; Bestepe; Erdogan government; Erdoğan government
ACT.TUR.MIL | TURMIL | Turkish armed forces; Turkish army; Turkish military; Turkish navy; Turkish air force; Turkish troops; Turkish forces; Turkish soldiers; TSK
ACT.TUR.COP | TURCOP | Turkish police; Turkish security forces; Turkish gendarmerie
ACT.TUR.LEG | TURLEG | Turkish parliament; Turkish legislature; Grand National Assembly of Turkey; Turkish Grand National Assembly; TBMM
ACT.TUR.JUD | TURJUD | Turkish Supreme Court; Turkish Constitutional Court; Turkish judiciary; Constitutional Court of Turkey
ACT.TUR.CB | TURGOVBUS | Turkish central bank; Central Bank of Turkey; Central Bank of the Republic of Turkey; CBRT

ACT.CYP | CYP | Cyprus; Republic of Cyprus; Cypriot; Greek Cypriot; Cypriots; Greek Cypriots; Nicosia
ACT.CYP.GOV | CYPGOV | Cypriot government; Cypriot Foreign Ministry; Cypriot Ministry of Foreign Affairs; Cypriot Defence Ministry; Cypriot Defense Ministry; Cypriot Ministry of Defence; Cypriot Interior Ministry; Cypriot cabinet; Cypriot authorities; Greek Cypriot government; Greek Cypriot Foreign Ministry; Greek Cypriot Ministry of Foreign Affairs; Greek Cypriot Defence Ministry; Greek Cypriot Defense Ministry; Greek Cypriot Ministry of Defence; Greek Cypriot Interior Ministry; Greek Cypriot cabinet; Greek Cypriot authorities; government of Cyprus; government of the Cyprus; Cyprus government
ACT.CYP.MIL | CYPMIL | Cypriot armed forces; Cypriot army; Cypriot military; Cypriot navy; Cypriot air force; Cypriot troops; Cypriot forces; Cypriot soldiers; Greek Cypriot armed forces; Greek Cypriot army; Greek Cypriot military; Greek Cypriot navy; Greek Cypriot air force; Greek Cypriot troops; Greek Cypriot forces; Greek Cypriot soldiers; National Guard of Cyprus
ACT.CYP.COP | CYPCOP | Cypriot police; Cypriot security forces; Greek Cypriot police; Greek Cypriot security forces
ACT.CYP.LEG | CYPLEG | Cypriot parliament; Cypriot legislature; Greek Cypriot parliament; Greek Cypriot legislature; House of Representatives of Cyprus
