@kind actors
# Countries and territories of Europe (incl. Russia, Ukraine, Belarus)
# Generated layout: country, then its institutions (GOV government and ministries,
# MIL armed forces, COP police, LEG legislature, JUD top courts, GOVBUS central bank).

# Western Europe

ACT.GBR | GBR | United Kingdom; UK; U.K.; Britain; Great Britain; United Kingdom of Great Britain and Northern Ireland; British; Briton; Brits; Britons; London
ACT.GBR.GOV | GBRGOV | British government; British Foreign Ministry; British Ministry of Foreign Affairs; British Defence Ministry; British Defense Ministry; British Ministry of Defence; British Interior Ministry; British cabinet; British authorities; government of United Kingdom; government of the United Kingdom; United Kingdom government; Downing Street; Whitehall; British Foreign Office; UK Foreign Office; Foreign Commonwealth and Development Office; FCDO; British Home Office; UK Home Office; Ministry of Defence of the UK; UK Ministry of Defence; His Majesty 's Government; HM Government
ACT.GBR.MIL | GBRMIL | British armed forces; British army; British military; British navy; British air force; British troops; British forces; British soldiers; Royal Navy; Royal Air Force; RAF; Royal Marines; UK armed forces
ACT.GBR.COP | GBRCOP | British police; British security forces; Metropolitan Police; Scotland Yard; UK police
ACT.GBR.LEG | GBRLEG | British parliament; British legislature; Parliament of the United Kingdom; UK Parliament; House of Commons; House of Lords; Westminster
ACT.GBR.JUD | GBRJUD | British Supreme Court; British Constitutional Court; British judiciary; UK Supreme Court; Supreme Court of the United Kingdom; High Court in London
ACT.GBR.CB | GBRGOVBUS | British central bank; Central Bank of United Kingdom; Bank of England; BoE

ACT.IRL | IRL | Ireland; Republic of Ireland; Eire; Irish; Dublin
ACT.IRL.GOV | IRLGOV | Irish government; Irish Foreign Ministry; Irish Ministry of Foreign Affairs; Irish Defence Ministry; Irish Defense Ministry; Irish Ministry of Defence; Irish Interior Ministry; Irish cabinet; Irish authorities; government of Ireland; government of the Ireland; Ireland government; Government Buildings Dublin
ACT.IRL.MIL | IRLMIL | Irish armed forces; Irish army; Irish military; Irish navy; Irish air force; Irish troops; Irish forces; Irish soldiers; Irish Defence Forces
ACT.IRL.COP | IRLCOP | Irish police; Irish security forces; Garda; Gardai; Garda Siochana; Garda Síochána
ACT.IRL.LEG | IRLLEG | Irish parliament; Irish legislature; Oireachtas; Dail; Dáil; Dail Eireann; Seanad
ACT.IRL.JUD | IRLJUD | Irish Supreme Court; Irish Constitutional Court; Irish judiciary
ACT.IRL.CB | IRLGOVBUS | Irish central bank; Central Bank of Ireland

ACT.FRA | FRA | France; French Republic; French; Frenchman; Frenchmen; Paris
ACT.FRA.GOV | FRAGOV | French government; French Foreign Ministry; French Ministry of Foreign Affairs; French Defence Ministry; French Defense Ministry; French Ministry of Defence; French Interior Ministry; French cabinet; French authorities; government of France; government of the France; France government; Elysee; Élysée; Elysee Palace; Élysée Palace; Matignon; Quai d'Orsay
ACT.FRA.MIL | FRAMIL | French armed forces; French army; French military; French navy; French air force; French troops; French forces; French soldiers; French Air and Space Force; Foreign Legion
ACT.FRA.COP | FRACOP | French police; French security forces; National Gendarmerie; French gendarmerie
ACT.FRA.LEG | FRALEG | French parliament; French legislature; National Assembly of France; French National Assembly; French Senate; Assemblee nationale; Assemblée nationale
ACT.FRA.JUD | FRAJUD | French Supreme Court; French Constitutional Court; French judiciary; French Constitutional Council; Conseil constitutionnel; Council of State of France
ACT.FRA.CB | FRAGOVBUS | French central bank; Central Bank of France; Bank of France; Banque de France

ACT.DEU | DEU | Germany; Federal Republic of Germany; German; Berlin
ACT.DEU.GOV | DEUGOV | German government; German Foreign Ministry; German Ministry of Foreign Affairs; German Defence Ministry; German Defense Ministry; German Ministry of Defence; German Interior Ministry; German cabinet; German authorities; government of Germany; government of the Germany; Germany government; Chancellery; German Chancellery; Federal Chancellery; Auswaertiges Amt; Federal Foreign Office; German Foreign Office
ACT.DEU.MIL | DEUMIL | German armed forces; German army; German military; German navy; German air force; German troops; German forces; German soldiers; Bundeswehr
ACT.DEU.COP | DEUCOP | German police; German security forces; German federal police; Bundespolizei; BKA
ACT.DEU.LEG | DEULEG | German parliament; German legislature; Bundestag; Bundesrat
ACT.DEU.JUD | DEUJUD | German Supreme Court; German Constitutional Court; German judiciary; Federal Constitutional Court; Bundesverfassungsgericht; Karlsruhe court
ACT.DEU.CB | DEUGOVBUS | German central bank; Central Bank of Germany; Bundesbank; Deutsche Bundesbank

ACT.NLD | NLD | Netherlands; the Netherlands; Holland; Kingdom of the Netherlands; Dutch; Amsterdam
ACT.NLD.GOV | NLDGOV | Dutch government; Dutch Foreign Ministry; Dutch Ministry of Foreign Affairs; Dutch Defence Ministry; Dutch Defense Ministry; Dutch Ministry of Defence; Dutch Interior Ministry; Dutch cabinet; Dutch authorities; government of Netherlands; government of the Netherlands; Netherlands government; Catshuis; Binnenhof
ACT.NLD.MIL | NLDMIL | Dutch armed forces; Dutch army; Dutch military; Dutch navy; Dutch air force; Dutch troops; Dutch forces; Dutch soldiers; Royal Netherlands Army
ACT.NLD.COP | NLDCOP | Dutch police; Dutch security forces
ACT.NLD.LEG | NLDLEG | Dutch parliament; Dutch legislature; States General of the Netherlands; House of Representatives of the Netherlands; Tweede Kamer
ACT.NLD.JUD | NLDJUD | Dutch Supreme Court; Dutch Constitutional Court; Dutch judiciary
ACT.NLD.CB | NLDGOVBUS | Dutch central bank; Central Bank of Netherlands; De Nederlandsche Bank

ACT.BEL | BEL | Belgium; Kingdom of Belgium; Belgian; Belgians
ACT.BEL.GOV | BELGOV | Belgian government; Belgian Foreign Ministry; Belgian Ministry of Foreign Affairs; Belgian Defence Ministry; Belgian Defense Ministry; Belgian Ministry of Defence; Belgian Interior Ministry; Belgian cabinet; Belgian authorities; government of Belgium; government of the Belgium; Belgium government; Rue de la Loi 16
ACT.BEL.MIL | BELMIL | Belgian armed forces; Belgian army; Belgian military; Belgian navy; Belgian air force; Belgian troops; Belgian forces; Belgian soldiers
ACT.BEL.COP | BELCOP | Belgian police; Belgian security forces; Belgian federal police
ACT.BEL.LEG | BELLEG | Belgian parliament; Belgian legislature; Belgian Chamber of Representatives; Belgian federal parliament
ACT.BEL.JUD | BELJUD | Belgian Supreme Court; Belgian Constitutional Court; Belgian judiciary
ACT.BEL.CB | BELGOVBUS | Belgian central bank; Central Bank of Belgium; National Bank of Belgium

ACT.LUX | LUX | Luxembourg; Grand Duchy of Luxembourg; Luxembourgish; Luxembourger; Luxembourgers; Luxembourg City
ACT.LUX.GOV | LUXGOV | Luxembourgish government; Luxembourgish Foreign Ministry; Luxembourgish Ministry of Foreign Affairs; Luxembourgish Defence Ministry; Luxembourgish Defense Ministry; Luxembourgish Ministry of Defence; Luxembourgish Interior Ministry; Luxembourgish cabinet; Luxembourgish authorities; Luxembourger government; Luxembourger Foreign Ministry; Luxembourger Ministry of Foreign Affairs; Luxembourger Defence Ministry; Luxembourger Defense Ministry; Luxembourger Ministry of Defence; Luxembourger Interior Ministry; Luxembourger cabinet; Luxembourger authorities; government of Luxembourg; government of the Luxembourg; Luxembourg government
ACT.LUX.LEG | LUXLEG | Luxembourgish parliament; Luxembourgish legislature; Luxembourger parliament; Luxembourger legislature; Chamber of Deputies of Luxembourg

ACT.CHE | CHE | Switzerland; Swiss Confederation; Swiss; Bern; Berne
ACT.CHE.GOV | CHEGOV | Swiss government; Swiss Foreign Ministry; Swiss Ministry of Foreign Affairs; Swiss Defence Ministry; Swiss Defense Ministry; Swiss Ministry of Defence; Swiss Interior Ministry; Swiss cabinet; Swiss authorities; government of Switzerland; government of the Switzerland; Switzerland government; Federal Council of Switzerland; Swiss Federal Council; Federal Department of Foreign Affairs; FDFA
ACT.CHE.MIL | CHEMIL | Swiss armed forces; Swiss army; Swiss military; Swiss navy; Swiss air force; Swiss troops; Swiss forces; Swiss soldiers
ACT.CHE.COP | CHECOP | Swiss police; Swiss security forces
ACT.CHE.LEG | CHELEG | Swiss parliament; Swiss legislature; Federal Assembly of Switzerland; National Council of Switzerland
ACT.CHE.JUD | CHEJUD | Swiss Supreme Court; Swiss Constitutional Court; Swiss judiciary; Swiss Federal Supreme Court
ACT.CHE.CB | CHEGOVBUS | Swiss central bank; Central Bank of Switzerland; Swiss National Bank; SNB

ACT.AUT | AUT | Austria; Republic of Austria; Austrian; Austrians; Vienna
ACT.AUT.GOV | AUTGOV | Austrian government; Austrian Foreign Ministry; Austrian Ministry of Foreign Affairs; Austrian Defence Ministry; Austrian Defense Ministry; Austrian Ministry of Defence; Austrian Interior Ministry; Austrian cabinet; Austrian authorities; government of Austria; government of the Austria; Austria government; Ballhausplatz; Hofburg
ACT.AUT.MIL | AUTMIL | Austrian armed forces; Austrian army; Austrian military; Austrian navy; Austrian air force; Austrian troops; Austrian forces; Austrian soldiers; Bundesheer
ACT.AUT.COP | AUTCOP | Austrian police; Austrian security forces
ACT.AUT.LEG | AUTLEG | Austrian parliament; Austrian legislature; Austrian National Council; Nationalrat
ACT.AUT.JUD | AUTJUD | Austrian Supreme Court; Austrian Constitutional Court; Austrian judiciary
ACT.AUT.CB | AUTGOVBUS | Austrian central bank; Central Bank of Austria; Austrian National Bank; Oesterreichische Nationalbank

ACT.LIE | LIE | Liechtenstein; Principality of Liechtenstein; Liechtensteiner; Liechtensteiners; Vaduz
ACT.LIE.GOV | LIEGOV | Liechtensteiner government; Liechtensteiner Foreign Ministry; Liechtensteiner Ministry of Foreign Affairs; Liechtensteiner Defence Ministry; Liechtensteiner Defense Ministry; Liechtensteiner Ministry of Defence; Liechtensteiner Interior Ministry; Liechtensteiner cabinet; Liechtensteiner authorities; government of Liechtenstein; government of the Liechtenstein; Liechtenstein government
ACT.LIE.LEG | LIELEG | Liechtensteiner parliament; Liechtensteiner legislature; Landtag of Liechtenstein

ACT.MCO | MCO | Monaco; Principality of Monaco; Monegasque; Monegasques
ACT.MCO.GOV | MCOGOV | Monegasque government; Monegasque Foreign Ministry; Monegasque Ministry of Foreign Affairs; Monegasque Defence Ministry; Monegasque Defense Ministry; Monegasque Ministry of Defence; Monegasque Interior Ministry; Monegasque cabinet; Monegasque authorities; government of Monaco; government of the Monaco; Monaco government
ACT.MCO.LEG | MCOLEG | Monegasque parliament; Monegasque legislature; National Council of Monaco

ACT.AND | AND | Andorra; Principality of Andorra; Andorran; Andorrans; Andorra la Vella
ACT.AND.GOV | ANDGOV | Andorran government; Andorran Foreign Ministry; Andorran Ministry of Foreign Affairs; Andorran Defence Ministry; Andorran Defense Ministry; Andorran Ministry of Defence; Andorran Interior Ministry; Andorran cabinet; Andorran authorities; government of Andorra; government of the Andorra; Andorra government
ACT.AND.LEG | ANDLEG | Andorran parliament; Andorran legislature; General Council of Andorra

# Southern Europe

ACT.ESP | ESP | Spain; Kingdom of Spain; Spanish; Spaniard; Spaniards; Madrid
ACT.ESP.GOV | ESPGOV | Spanish government; Spanish Foreign Ministry; Spanish Ministry of Foreign Affairs; Spanish Defence Ministry; Spanish Defense Ministry; Spanish Ministry of Defence; Spanish Interior Ministry; Spanish cabinet; Spanish authorities; government of Spain; government of the Spain; Spain government; Moncloa; Moncloa Palace; Zarzuela Palace
ACT.ESP.MIL | ESPMIL | Spanish armed forces; Spanish army; Spanish military; Spanish navy; Spanish air force; Spanish troops; Spanish forces; Spanish soldiers
ACT.ESP.COP | ESPCOP | Spanish police; Spanish security forces; Guardia Civil; Civil Guard; Spanish National Police
ACT.ESP.LEG | ESPLEG | Spanish parliament; Spanish legislature; Cortes Generales; Spanish Congress of Deputies; Congress of Deputies; Spanish Senate
ACT.ESP.JUD | ESPJUD | Spanish Supreme Court; Spanish Constitutional Court; Spanish judiciary; Constitutional Court of Spain
ACT.ESP.CB | ESPGOVBUS | Spanish central bank; Central Bank of Spain; Bank of Spain; Banco de Espana

ACT.PRT | PRT | Portugal; Portuguese Republic; Portuguese; Lisbon
ACT.PRT.GOV | PRTGOV | Portuguese government; Portuguese Foreign Ministry; Portuguese Ministry of Foreign Affairs; Portuguese Defence Ministry; Portuguese Defense Ministry; Portuguese Ministry of Defence; Portuguese Interior Ministry; Portuguese cabinet; Portuguese authorities; government of Portugal; government of the Portugal; Portugal government; Belem Palace; São Bento Palace
ACT.PRT.MIL | PRTMIL | Portuguese armed forces; Portuguese army; Portuguese military; Portuguese navy; Portuguese air force; Portuguese troops; Portuguese forces; Portuguese soldiers
ACT.PRT.COP | PRTCOP | Portuguese police; Portuguese security forces
ACT.PRT.LEG | PRTLEG | Portuguese parliament; Portuguese legislature; Assembly of the Republic of Portugal
ACT.PRT.JUD | PRTJUD | Portuguese Supreme Court; Portuguese Constitutional Court; Portuguese judiciary
ACT.PRT.CB | PRTGOVBUS | Portuguese central bank; Central Bank of Portugal; Bank of Portugal

ACT.ITA | ITA | Italy; Italian Republic; Italian; Italians; Rome
ACT.ITA.GOV | ITAGOV | Italian government; Italian Foreign Ministry; Italian Ministry of Foreign Affairs; Italian Defence Ministry; Italian Defense Ministry; Italian Ministry of Defence; Italian Interior Ministry; Italian cabinet; Italian authorities; government of Italy; government of the Italy; Italy government; Palazzo Chigi; Quirinale; Quirinal Palace; Farnesina
ACT.ITA.MIL | ITAMIL | Italian armed forces; Italian army; Italian military; Italian navy; Italian air force; Italian troops; Italian forces; Italian soldiers
ACT.ITA.COP | ITACOP | Italian police; Italian security forces; Carabinieri; Guardia di Finanza
ACT.ITA.LEG | ITALEG | Italian parliament; Italian legislature; Italian Senate; Italian Chamber of Deputies
ACT.ITA.JUD | ITAJUD | Italian Supreme Court; Italian Constitutional Court; Italian judiciary
ACT.ITA.CB | ITAGOVBUS | Italian central bank; Central Bank of Italy; Bank of Italy; Banca d'Italia

ACT.VAT | VAT | Vatican; Holy See; Vatican City
ACT.VAT.GOV | VATGOV | Vatican government; Vatican Foreign Ministry; Vatican Ministry of Foreign Affairs; Vatican Defence Ministry; Vatican Defense Ministry; Vatican Ministry of Defence; Vatican Interior Ministry; Vatican cabinet; Vatican authorities; government of Vatican; government of the Vatican; Apostolic Palace; Roman Curia; Secretariat of State of the Holy See; Pope; the Pope; pontiff; Holy Father
ACT.VAT.LEG | VATLEG | Vatican parliament; Vatican legislature

ACT.SMR | SMR | San Marino; Sammarinese
ACT.SMR.GOV | SMRGOV | Sammarinese government; Sammarinese Foreign Ministry; Sammarinese Ministry of Foreign Affairs; Sammarinese Defence Ministry; Sammarinese Defense Ministry; Sammarinese Ministry of Defence; Sammarinese Interior Ministry; Sammarinese cabinet; Sammarinese authorities; government of San Marino; government of the San Marino; San Marino government
ACT.SMR.LEG | SMRLEG | Sammarinese parliament; Sammarinese legislature; Grand and General Council

ACT.MLT | MLT | Malta; Republic of Malta; Maltese; Valletta
ACT.MLT.GOV | MLTGOV | Maltese government; Maltese Foreign Ministry; Maltese Ministry of Foreign Affairs; Maltese Defence Ministry; Maltese Defense Ministry; Maltese Ministry of Defence; Maltese Interior Ministry; Maltese cabinet; Maltese authorities; government of Malta; government of the Malta; Malta government; Auberge de Castille
ACT.MLT.LEG | MLTLEG | Maltese parliament; Maltese legislature; House of Representatives of Malta

ACT.GRC | GRC | Greece; Hellenic Republic; Greek; Greeks; Athens
ACT.GRC.GOV | GRCGOV | Greek government; Greek Foreign Ministry; Greek Ministry of Foreign Affairs; Greek Defence Ministry; Greek Defense Ministry; Greek Ministry of Defence; Greek Interior Ministry; Greek cabinet; Greek authorities; government of Greece; government of the Greece; Greece government; Maximos Mansion
ACT.GRC.MIL | GRCMIL | Greek armed forces; Greek army; Greek military; Greek navy; Greek air force; Greek troops; Greek forces; Greek soldiers; Hellenic Armed Forces; Hellenic Coast Guard; Greek coast guard
ACT.GRC.COP | GRCCOP | Greek police; Greek security forces; Hellenic Police
ACT.GRC.LEG | GRCLEG | Greek parliament; Greek legislature; Hellenic Parliament
ACT.GRC.JUD | GRCJUD | Greek Supreme Court; Greek Constitutional Court; Greek judiciary; Council of State of Greece
ACT.GRC.CB | GRCGOVBUS | Greek central bank; Central Bank of Greece; Bank of Greece

# Nordic and Baltic

ACT.DNK | DNK | Denmark; Kingdom of Denmark; Danish; Dane; Danes; Copenhagen
ACT.DNK.GOV | DNKGOV | Danish government; Danish Foreign Ministry; Danish Ministry of Foreign Affairs; Danish Defence Ministry; Danish Defense Ministry; Danish Ministry of Defence; Danish Interior Ministry; Danish cabinet; Danish authorities; government of Denmark; government of the Denmark; Denmark government; Marienborg; Christiansborg
ACT.DNK.MIL | DNKMIL | Danish armed forces; Danish army; Danish military; Danish navy; Danish air force; Danish troops; Danish forces; Danish soldiers; Danish Defence
ACT.DNK.COP | DNKCOP | Danish police; Danish security forces
ACT.DNK.LEG | DNKLEG | Danish parliament; Danish legislature; Folketing
ACT.DNK.JUD | DNKJUD | Danish Supreme Court; Danish Constitutional Court; Danish judiciary
ACT.DNK.CB | DNKGOVBUS | Danish central bank; Central Bank of Denmark; Danmarks Nationalbank

ACT.GRL | GRL | Greenland; Kalaallit Nunaat; Greenlandic; Greenlander; Greenlanders; Nuuk
ACT.GRL.GOV | GRLGOV | Greenlandic government; Greenlandic authorities; Greenlander government; Greenlander authorities; government of Greenland; government of the Greenland; Greenland government; Naalakkersuisut; Inatsisartut

ACT.FRO | FRO | Faroe Islands; Faroes; Faroese; Torshavn
ACT.FRO.GOV | FROGOV | Faroese government; Faroese authorities; government of Faroe Islands; government of the Faroe Islands; Faroe Islands government

ACT.SWE | SWE | Sweden; Kingdom of Sweden; Swedish; Swede; Swedes; Stockholm
ACT.SWE.GOV | SWEGOV | Swedish government; Swedish Foreign Ministry; Swedish Ministry of Foreign Affairs; Swedish Defence Ministry; Swedish Defense Ministry; Swedish Ministry of Defence; Swedish Interior Ministry; Swedish cabinet; Swedish authorities; government of Sweden; government of the Sweden; Sweden government; Rosenbad
ACT.SWE.MIL | SWEMIL | Swedish armed forces; Swedish army; Swedish military; Swedish navy; Swedish air force; Swedish troops; Swedish forces; Swedish soldiers
ACT.SWE.COP | SWECOP | Swedish police; Swedish security forces; Swedish Security Service
ACT.SWE.LEG | SWELEG | Swedish parliament; Swedish legislature; Riksdag
ACT.SWE.JUD | SWEJUD | Swedish Supreme Court; Swedish Constitutional Court; Swedish judiciary
ACT.SWE.CB | SWEGOVBUS | Swedish central bank; Central Bank of Sweden; Riksbank; Sveriges Riksbank

ACT.NOR | NOR | Norway; Kingdom of Norway; Norwegian; Norwegians; Oslo
ACT.NOR.GOV | NORGOV | Norwegian government; Norwegian Foreign Ministry; Norwegian Ministry of Foreign Affairs; Norwegian Defence Ministry; Norwegian Defense Ministry; Norwegian Ministry of Defence; Norwegian Interior Ministry; Norwegian cabinet; Norwegian authorities; government of Norway; government of the Norway; Norway government
ACT.NOR.MIL | NORMIL | Norwegian armed forces; Norwegian army; Norwegian military; Norwegian navy; Norwegian air force; Norwegian troops; Norwegian forces; Norwegian soldiers
ACT.NOR.COP | NORCOP | Norwegian police; Norwegian security forces
ACT.NOR.LEG | NORLEG | Norwegian parliament; Norwegian legislature; Storting; Stortinget
ACT.NOR.JUD | NORJUD | Norwegian Supreme Court; Norwegian Constitutional Court; Norwegian judiciary
ACT.NOR.CB | NORGOVBUS | Norwegian central bank; Central Bank of Norway; Norges Bank

ACT.FIN | FIN | Finland; Republic of Finland; Finnish; Finn; Finns; Helsinki
ACT.FIN.GOV | FINGOV | Finnish government; Finnish Foreign Ministry; Finnish Ministry of Foreign Affairs; Finnish Defence Ministry; Finnish Defense Ministry; Finnish Ministry of Defence; Finnish Interior Ministry; Finnish cabinet; Finnish authorities; government of Finland; government of the Finland; Finland government; Kesaranta
ACT.FIN.MIL | FINMIL | Finnish armed forces; Finnish army; Finnish military; Finnish navy; Finnish air force; Finnish troops; Finnish forces; Finnish soldiers; Finnish Defence Forces
ACT.FIN.COP | FINCOP | Finnish police; Finnish security forces; Finnish Border Guard
ACT.FIN.LEG | FINLEG | Finnish parliament; Finnish legislature; Eduskunta
ACT.FIN.JUD | FINJUD | Finnish Supreme Court; Finnish Constitutional Court; Finnish judiciary
ACT.FIN.CB | FINGOVBUS | Finnish central bank; Central Bank of Finland; Bank of Finland

ACT.ISL | ISL | Iceland; Icelandic; Icelander; Icelanders; Reykjavik
ACT.ISL.GOV | ISLGOV | Icelandic government; Icelandic Foreign Ministry; Icelandic Ministry of Foreign Affairs; Icelandic Defence Ministry; Icelandic Defense Ministry; Icelandic Ministry of Defence; Icelandic Interior Ministry; Icelandic cabinet; Icelandic authorities; government of Iceland; government of the Iceland; Iceland government
ACT.ISL.LEG | ISLLEG | Icelandic parliament; Icelandic legislature; Althing; Alþingi

ACT.EST | EST | Estonia; Republic of Estonia; Estonian; Estonians; Tallinn
ACT.EST.GOV | ESTGOV | Estonian government; Estonian Foreign Ministry; Estonian Ministry of Foreign Affairs; Estonian Defence Ministry; Estonian Defense Ministry; Estonian Ministry of Defence; Estonian Interior Ministry; Estonian cabinet; Estonian authorities; government of Estonia; government of the Estonia; Estonia government
ACT.EST.MIL | ESTMIL | Estonian armed forces; Estonian army; Estonian military; Estonian navy; Estonian air force; Estonian troops; Estonian forces; Estonian soldiers; Estonian Defence Forces
ACT.EST.COP | ESTCOP | Estonian police; Estonian security forces
ACT.EST.LEG | ESTLEG | Estonian parliament; Estonian legislature; Riigikogu

ACT.LVA | LVA | Latvia; Republic of Latvia; Latvian; Latvians; Riga
ACT.LVA.GOV | LVAGOV | Latvian government; Latvian Foreign Ministry; Latvian Ministry of Foreign Affairs; Latvian Defence Ministry; Latvian Defense Ministry; Latvian Ministry of Defence; Latvian Interior Ministry; Latvian cabinet; Latvian authorities; government of Latvia; government of the Latvia; Latvia government
ACT.LVA.MIL | LVAMIL | Latvian armed forces; Latvian army; Latvian military; Latvian navy; Latvian air force; Latvian troops; Latvian forces; Latvian soldiers; Latvian National Armed Forces
ACT.LVA.COP | LVACOP | Latvian police; Latvian security forces
ACT.LVA.LEG | LVALEG | Latvian parliament; Latvian legislature; Saeima

ACT.LTU | LTU | Lithuania; Republic of Lithuania; Lithuanian; Lithuanians; Vilnius
ACT.LTU.GOV | LTUGOV | Lithuanian government; Lithuanian Foreign Ministry; Lithuanian Ministry of Foreign Affairs; Lithuanian Defence Ministry; Lithuanian Defense Ministry; Lithuanian Ministry of Defence; Lithuanian Interior Ministry; Lithuanian cabinet; Lithuanian authorities; government of Lithuania; government of the Lithuania; Lithuania government
ACT.LTU.MIL | LTUMIL | Lithuanian armed forces; Lithuanian army; Lithuanian military; Lithuanian navy; Lithuanian air force; Lithuanian troops; Lithuanian forces; Lithuanian soldiers
ACT.LTU.COP | LTUCOP | Lithuanian police; Lithuanian security forces
ACT.LTU.LEG | LTULEG | Lithuanian parliament; Lithuanian legislature; Seimas

# Central and Eastern Europe

ACT.POL | POL | Poland; Republic of Poland; Polish; Warsaw
ACT.POL.GOV | POLGOV | Polish government; Polish Foreign Ministry; Polish Ministry of Foreign Affairs; Polish Defence Ministry; Polish Defense Ministry; Polish Ministry of Defence; Polish Interior Ministry; Polish cabinet; Polish authorities; government of Poland; government of the Poland; Poland government; Belweder
ACT.POL.MIL | POLMIL | Polish armed forces; Polish army; Polish military; Polish navy; Polish air force; Polish troops; Polish forces; Polish soldiers
ACT.POL.COP | POLCOP | Polish police; Polish security forces; Polish Border Guard
ACT.POL.LEG | POLLEG | Polish parliament; Polish legislature; Sejm; Polish Senate
ACT.POL.JUD | POLJUD | Polish Supreme Court; Polish Constitutional Court; Polish judiciary; Polish Constitutional Tribunal
ACT.POL.CB | POLGOVBUS | Polish central bank; Central Bank of Poland; National Bank of Poland

ACT.CZE | CZE | Czech Republic; Czechia; Czech; Czechs; Prague
ACT.CZE.GOV | CZEGOV | Czech government; Czech Foreign Ministry; Czech Ministry of Foreign Affairs; Czech Defence Ministry; Czech Defense Ministry; Czech Ministry of Defence; Czech Interior Ministry; Czech cabinet; Czech authorities; government of Czech Republic; government of the Czech Republic; Czech Republic government; Prague Castle; Straka Academy
ACT.CZE.MIL | CZEMIL | Czech armed forces; Czech army; Czech military; Czech navy; Czech air force; Czech troops; Czech forces; Czech soldiers; Army of the Czech Republic
ACT.CZE.COP | CZECOP | Czech police; Czech security forces
ACT.CZE.LEG | CZELEG | Czech parliament; Czech legislature; Czech Chamber of Deputies; Czech Senate
ACT.CZE.JUD | CZEJUD | Czech Supreme Court; Czech Constitutional Court; Czech judiciary
ACT.CZE.CB | CZEGOVBUS | Czech central bank; Central Bank of Czech Republic; Czech National Bank

ACT.SVK | SVK | Slovakia; Slovak Republic; Slovak; Slovakian; Slovaks; Slovakians; Bratislava
ACT.SVK.GOV | SVKGOV | Slovak government; Slovak Foreign Ministry; Slovak Ministry of Foreign Affairs; Slovak Defence Ministry; Slovak Defense Ministry; Slovak Ministry of Defence; Slovak Interior Ministry; Slovak cabinet; Slovak authorities; Slovakian government; Slovakian Foreign Ministry; Slovakian Ministry of Foreign Affairs; Slovakian Defence Ministry; Slovakian Defense Ministry; Slovakian Ministry of Defence; Slovakian Interior Ministry; Slovakian cabinet; Slovakian authorities; government of Slovakia; government of the Slovakia; Slovakia government
ACT.SVK.MIL | SVKMIL | Slovak armed forces; Slovak army; Slovak military; Slovak navy; Slovak air force; Slovak troops; Slovak forces; Slovak soldiers; Slovakian armed forces; Slovakian army; Slovakian military; Slovakian navy; Slovakian air force; Slovakian troops; Slovakian forces; Slovakian soldiers
ACT.SVK.COP | SVKCOP | Slovak police; Slovak security forces; Slovakian police; Slovakian security forces
ACT.SVK.LEG | SVKLEG | Slovak parliament; Slovak legislature; Slovakian parliament; Slovakian legislature; National Council of the Slovak Republic
ACT.SVK.JUD | SVKJUD | Slovak Supreme Court; Slovak Constitutional Court; Slovak judiciary; Slovakian Supreme Court; Slovakian Constitutional Court; Slovakian judiciary
ACT.SVK.CB | SVKGOVBUS | Slovak central bank; Slovakian central bank; Central Bank of Slovakia; National Bank of Slovakia

ACT.HUN | HUN | Hungary; Hungarian; Hungarians; Budapest
ACT.HUN.GOV | HUNGOV | Hungarian government; Hungarian Foreign Ministry; Hungarian Ministry of Foreign Affairs; Hungarian Defence Ministry; Hungarian Defense Ministry; Hungarian Ministry of Defence; Hungarian Interior Ministry; Hungarian cabinet; Hungarian authorities; government of Hungary; government of the Hungary; Hungary government; Carmelite Monastery; Orban government; Orbán government
ACT.HUN.MIL | HUNMIL | Hungarian armed forces; Hungarian army; Hungarian military; Hungarian navy; Hungarian air force; Hungarian troops; Hungarian forces; Hungarian soldiers; Hungarian Defence Forces
ACT.HUN.COP | HUNCOP | Hungarian police; Hungarian security forces
ACT.HUN.LEG | HUNLEG | Hungarian parliament; Hungarian legislature; Hungarian National Assembly; Orszaggyules
ACT.HUN.JUD | HUNJUD | Hungarian Supreme Court; Hungarian Constitutional Court; Hungarian judiciary
ACT.HUN.CB | HUNGOVBUS | Hungarian central bank; Central Bank of Hungary; Hungarian National Bank; Magyar Nemzeti Bank

ACT.SVN | SVN | Slovenia; Republic of Slovenia; Slovenian; Slovene; Slovenians; Slovenes; Ljubljana
ACT.SVN.GOV | SVNGOV | Slovenian government; Slovenian Foreign Ministry; Slovenian Ministry of Foreign Affairs; Slovenian Defence Ministry; Slovenian Defense Ministry; Slovenian Ministry of Defence; Slovenian Interior Ministry; Slovenian cabinet; Slovenian authorities; Slovene government; Slovene Foreign Ministry; Slovene Ministry of Foreign Affairs; Slovene Defence Ministry; Slovene Defense Ministry; Slovene Ministry of Defence; Slovene Interior Ministry; Slovene cabinet; Slovene authorities; government of Slovenia; government of the Slovenia; Slovenia government
ACT.SVN.MIL | SVNMIL | Slovenian armed forces; Slovenian army; Slovenian military; Slovenian navy; Slovenian air force; Slovenian troops; Slovenian forces; Slovenian soldiers; Slovene armed forces; Slovene army; Slovene military; Slovene navy; Slovene air force; Slovene troops; Slovene forces; Slovene soldiers
ACT.SVN.COP | SVNCOP | Slovenian police; Slovenian security forces; Slovene police; Slovene security forces
ACT.SVN.LEG | SVNLEG | Slovenian parliament; Slovenian legislature; Slovene parliament; Slovene legislature; National Assembly of Slovenia

ACT.HRV | HRV | Croatia; Republic of Croatia; Croatian; Croat; Croatians; Croats; Zagreb
ACT.HRV.GOV | HRVGOV | Croatian government; Croatian Foreign Ministry; Croatian Ministry of Foreign Affairs; Croatian Defence Ministry; Croatian Defense Ministry; Croatian Ministry of Defence; Croatian Interior Ministry; Croatian cabinet; Croatian authorities; government of Croatia; government of the Croatia; Croatia government; Banski dvori
ACT.HRV.MIL | HRVMIL | Croatian armed forces; Croatian army; Croatian military; Croatian navy; Croatian air force; Croatian troops; Croatian forces; Croatian soldiers
ACT.HRV.COP | HRVCOP | Croatian police; Croatian security forces
ACT.HRV.LEG | HRVLEG | Croatian parliament; Croatian legislature; Sabor

ACT.ROU | ROU | Romania; Romanian; Romanians; Bucharest
ACT.ROU.GOV | ROUGOV | Romanian government; Romanian Foreign Ministry; Romanian Ministry of Foreign Affairs; Romanian Defence Ministry; Romanian Defense Ministry; Romanian Ministry of Defence; Romanian Interior Ministry; Romanian cabinet; Romanian authorities; government of Romania; government of the Romania; Romania government; Cotroceni Palace; Victoria Palace
ACT.ROU.MIL | ROUMIL | Romanian armed forces; Romanian army; Romanian military; Romanian navy; Romanian air force; Romanian troops; Romanian forces; Romanian soldiers
ACT.ROU.COP | ROUCOP | Romanian police; Romanian security forces
ACT.ROU.LEG | ROULEG | Romanian parliament; Romanian legislature; Romanian Senate; Romanian Chamber of Deputies
ACT.ROU.JUD | ROUJUD | Romanian Supreme Court; Romanian Constitutional Court; Romanian judiciary; Constitutional Court of Romania
ACT.ROU.CB | ROUGOVBUS | Romanian central bank; Central Bank of Romania; National Bank of Romania

ACT.BGR | BGR | Bulgaria; Republic of Bulgaria; Bulgarian; Bulgarians; Sofia
ACT.BGR.GOV | BGRGOV | Bulgarian government; Bulgarian Foreign Ministry; Bulgarian Ministry of Foreign Affairs; Bulgarian Defence Ministry; Bulgarian Defense Ministry; Bulgarian Ministry of Defence; Bulgarian Interior Ministry; Bulgarian cabinet; Bulgarian authorities; government of Bulgaria; government of the Bulgaria; Bulgaria government
ACT.BGR.MIL | BGRMIL | Bulgarian armed forces; Bulgarian army; Bulgarian military; Bulgarian navy; Bulgarian air force; Bulgarian troops; Bulgarian forces; Bulgarian soldiers
ACT.BGR.COP | BGRCOP | Bulgarian police; Bulgarian security forces
ACT.BGR.LEG | BGRLEG | Bulgarian parliament; Bulgarian legislature; National Assembly of Bulgaria
ACT.BGR.JUD | BGRJUD | Bulgarian Supreme Court; Bulgarian Constitutional Court; Bulgarian judiciary
ACT.BGR.CB | BGRGOVBUS | Bulgarian central bank; Central Bank of Bulgaria; Bulgarian National Bank

ACT.MDA | MDA | Moldova; Republic of Moldova; Moldovan; Moldovans; Chisinau; Chișinău
ACT.MDA.GOV | MDAGOV | Moldovan government; Moldovan Foreign Ministry; Moldovan Ministry of Foreign Affairs; Moldovan Defence Ministry; Moldovan Defense Ministry; Moldovan Ministry of Defence; Moldovan Interior Ministry; Moldovan cabinet; Moldovan authorities; government of Moldova; government of the Moldova; Moldova government
ACT.MDA.MIL | MDAMIL | Moldovan armed forces; Moldovan army; Moldovan military; Moldovan navy; Moldovan air force; Moldovan troops; Moldovan forces; Moldovan soldiers; Moldovan National Army
ACT.MDA.COP | MDACOP | Moldovan police; Moldovan security forces
ACT.MDA.LEG | MDALEG | Moldovan parliament; Moldovan legislature; Parliament of Moldova
ACT.MDA.JUD | MDAJUD | Moldovan Supreme Court; Moldovan Constitutional Court; Moldovan judiciary
ACT.MDA.CB | MDAGOVBUS | Moldovan central bank; Central Bank of Moldova; National Bank of Moldova

ACT.UKR | UKR | Ukraine; Ukrainian; Ukrainians; Kyiv; Kiev
ACT.UKR.GOV | UKRGOV | Ukrainian government; Ukrainian Foreign Ministry; Ukrainian Ministry of Foreign Affairs; Ukrainian Defence Ministry; Ukrainian Defense Ministry; Ukrainian Ministry of Defence; Ukrainian Interior Ministry; Ukrainian cabinet; Ukrainian authorities; government of Ukraine; government of the Ukraine; Ukraine government; Bankova; Office of the President of Ukraine; Ukrainian presidential office; Cabinet of Ministers of Ukraine; National Security and Defense Council of Ukraine; NSDC
ACT.UKR.MIL | UKRMIL | Ukrainian armed forces; Ukrainian army; Ukrainian military; Ukrainian navy; Ukrainian air force; Ukrainian troops; Ukrainian forces; Ukrainian soldiers; Armed Forces of Ukraine; Ukrainian General Staff; General Staff of Ukraine; Ukrainian air defence; Ukrainian air defense; Azov Brigade; Azov Regiment; Ukrainian drones
ACT.UKR.COP | UKRCOP | Ukrainian police; Ukrainian security forces; National Police of Ukraine; National Guard of Ukraine
ACT.UKR.LEG | UKRLEG | Ukrainian parliament; Ukrainian legislature; Verkhovna Rada; Rada
ACT.UKR.JUD | UKRJUD | Ukrainian Supreme Court; Ukrainian Constitutional Court; Ukrainian judiciary; Constitutional Court of Ukraine; National Anti-Corruption Bureau of Ukraine; NABU
ACT.UKR.CB | UKRGOVBUS | Ukrainian central bank; Central Bank of Ukraine; National Bank of Ukraine; NBU

ACT.BLR | BLR | Belarus; Republic of Belarus; Byelorussia; Belarusian; Belarussian; Belarusians; Belarussians; Minsk
ACT.BLR.GOV | BLRGOV | Belarusian government; Belarusian Foreign Ministry; Belarusian Ministry of Foreign Affairs; Belarusian Defence Ministry; Belarusian Defense Ministry; Belarusian Ministry of Defence; Belarusian Interior Ministry; Belarusian cabinet; Belarusian authorities; Belarussian government; Belarussian Foreign Ministry; Belarussian Ministry of Foreign Affairs; Belarussian Defence Ministry; Belarussian Defense Ministry; Belarussian Ministry of Defence; Belarussian Interior Ministry; Belarussian cabinet; Belarussian authorities; government of Belarus; government of the Belarus; Belarus government; Lukashenko regime; Lukashenko government
ACT.BLR.MIL | BLRMIL | Belarusian armed forces; Belarusian army; Belarusian military; Belarusian navy; Belarusian air force; Belarusian troops; Belarusian forces; Belarusian soldiers; Belarussian armed forces; Belarussian army; Belarussian military; Belarussian navy; Belarussian air force; Belarussian troops; Belarussian forces; Belarussian soldiers
ACT.BLR.COP | BLRCOP | Belarusian police; Belarusian security forces; Belarussian police; Belarussian security forces; Belarusian KGB; OMON
ACT.BLR.LEG | BLRLEG | Belarusian parliament; Belarusian legislature; Belarussian parliament; Belarussian legislature; National Assembly of Belarus
ACT.BLR.JUD | BLRJUD | Belarusian Supreme Court; Belarusian Constitutional Court; Belarusian judiciary; Belarussian Supreme Court; Belarussian Constitutional Court; Belarussian judiciary
ACT.BLR.CB | BLRGOVBUS | Belarusian central bank; Belarussian central bank; Central Bank of Belarus; National Bank of Belarus

ACT.RUS | RUS | Russia; Russian Federation; Russian; Russians; Moscow
ACT.RUS.GOV | RUSGOV | Russian government; Russian Foreign Ministry; Russian Ministry of Foreign Affairs; Russian Defence Ministry; Russian Defense Ministry; Russian Ministry of Defence; Russian Interior Ministry; Russian cabinet; Russian authorities; government of Russia; government of the Russia; Russia government; Kremlin; the Kremlin; Smolenskaya Square; Russian Security Council; Security Council of Russia; Government House of Russia
ACT.RUS.MIL | RUSMIL | Russian armed forces; Russian army; Russian military; Russian navy; Russian air force; Russian troops; Russian forces; Russian soldiers; Russian General Staff; General Staff of Russia; Black Sea Fleet; Northern Fleet; Pacific Fleet; Russian Aerospace Forces; VKS; Rosgvardia; Rosgvardiya; National Guard of Russia
ACT.RUS.COP | RUSCOP | Russian police; Russian security forces; Investigative Committee of Russia; Russian Investigative Committee
ACT.RUS.LEG | RUSLEG | Russian parliament; Russian legislature; State Duma; Duma; Federation Council; Federal Assembly of Russia
ACT.RUS.JUD | RUSJUD | Russian Supreme Court; Russian Constitutional Court; Russian judiciary; Supreme Court of Russia
ACT.RUS.CB | RUSGOVBUS | Russian central bank; Central Bank of Russia; Bank of Russia

# Balkans

ACT.SRB | SRB | Serbia; Republic of Serbia; Serbian; Serb; Serbians; Serbs; Belgrade
ACT.SRB.GOV | SRBGOV | Serbian government; Serbian Foreign Ministry; Serbian Ministry of Foreign Affairs; Serbian Defence Ministry; Serbian Defense Ministry; Serbian Ministry of Defence; Serbian Interior Ministry; Serbian cabinet; Serbian authorities; government of Serbia; government of the Serbia; Serbia government
ACT.SRB.MIL | SRBMIL | Serbian armed forces; Serbian army; Serbian military; Serbian navy; Serbian air force; Serbian troops; Serbian forces; Serbian soldiers
ACT.SRB.COP | SRBCOP | Serbian police; Serbian security forces
ACT.SRB.LEG | SRBLEG | Serbian parliament; Serbian legislature; National Assembly of Serbia
ACT.SRB.JUD | SRBJUD | Serbian Supreme Court; Serbian Constitutional Court; Serbian judiciary
ACT.SRB.CB | SRBGOVBUS | Serbian central bank; Central Bank of Serbia; National Bank of Serbia

ACT.MNE | MNE | Montenegro; Montenegrin; Montenegrins; Podgorica
ACT.MNE.GOV | MNEGOV | Montenegrin government; Montenegrin Foreign Ministry; Montenegrin Ministry of Foreign Affairs; Montenegrin Defence Ministry; Montenegrin Defense Ministry; Montenegrin Ministry of Defence; Montenegrin Interior Ministry; Montenegrin cabinet; Montenegrin authorities; government of Montenegro; government of the Montenegro; Montenegro government
ACT.MNE.MIL | MNEMIL | Montenegrin armed forces; Montenegrin army; Montenegrin military; Montenegrin navy; Montenegrin air force; Montenegrin troops; Montenegrin forces; Montenegrin soldiers
ACT.MNE.COP | MNECOP | Montenegrin police; Montenegrin security forces
ACT.MNE.LEG | MNELEG | Montenegrin parliament; Montenegrin legislature; Parliament of Montenegro

ACT.BIH | BIH | Bosnia and Herzegovina; Bosnia-Herzegovina; Bosnia; Bosnian; Bosniak; Bosnians; Bosniaks; Sarajevo
ACT.BIH.GOV | BIHGOV | Bosnian government; Bosnian Foreign Ministry; Bosnian Ministry of Foreign Affairs; Bosnian Defence Ministry; Bosnian Defense Ministry; Bosnian Ministry of Defence; Bosnian Interior Ministry; Bosnian cabinet; Bosnian authorities; government of Bosnia and Herzegovina; government of the Bosnia and Herzegovina; Bosnia and Herzegovina government; Presidency of Bosnia and Herzegovina; Office of the High Representative; Republika Srpska; Republika Srpska government; Federation of Bosnia and Herzegovina
ACT.BIH.MIL | BIHMIL | Bosnian armed forces; Bosnian army; Bosnian military; Bosnian navy; Bosnian air force; Bosnian troops; Bosnian forces; Bosnian soldiers; Armed Forces of Bosnia and Herzegovina
ACT.BIH.COP | BIHCOP | Bosnian police; Bosnian security forces
ACT.BIH.LEG | BIHLEG | Bosnian parliament; Bosnian legislature; Parliamentary Assembly of Bosnia and Herzegovina
ACT.BIH.JUD | BIHJUD | Bosnian Supreme Court; Bosnian Constitutional Court; Bosnian judiciary; Constitutional Court of Bosnia and Herzegovina
ACT.BIH.CB | BIHGOVBUS | Bosnian central bank; Central Bank of Bosnia and Herzegovina

ACT.MKD | MKD | North Macedonia; Macedonia; Republic of North Macedonia; FYROM; Macedonian; North Macedonian; Macedonians; North Macedonians; Skopje
ACT.MKD.GOV | MKDGOV | Macedonian government; Macedonian Foreign Ministry; Macedonian Ministry of Foreign Affairs; Macedonian Defence Ministry; Macedonian Defense Ministry; Macedonian Ministry of Defence; Macedonian Interior Ministry; Macedonian cabinet; Macedonian authorities; North Macedonian government; North Macedonian Foreign Ministry; North Macedonian Ministry of Foreign Affairs; North Macedonian Defence Ministry; North Macedonian Defense Ministry; North Macedonian Ministry of Defence; North Macedonian Interior Ministry; North Macedonian cabinet; North Macedonian authorities; government of North Macedonia; government of the North Macedonia; North Macedonia government
ACT.MKD.MIL | MKDMIL | Macedonian armed forces; Macedonian army; Macedonian military; Macedonian navy; Macedonian air force; Macedonian troops; Macedonian forces; Macedonian soldiers; North Macedonian armed forces; North Macedonian army; North Macedonian military; North Macedonian navy; North Macedonian air force; North Macedonian troops; North Macedonian forces; North Macedonian soldiers
ACT.MKD.COP | MKDCOP | Macedonian police; Macedonian security forces; North Macedonian police; North Macedonian security forces
ACT.MKD.LEG | MKDLEG | Macedonian parliament; Macedonian legislature; North Macedonian parliament; North Macedonian legislature; Assembly of North Macedonia; Sobranie

ACT.ALB | ALB | Albania; Republic of Albania; Albanian; Albanians; Tirana
ACT.ALB.GOV | ALBGOV | Albanian government; Albanian Foreign Ministry; Albanian Ministry of Foreign Affairs; Albanian Defence Ministry; Albanian Defense Ministry; Albanian Ministry of Defence; Albanian Interior Ministry; Albanian cabinet; Albanian authorities; government of Albania; government of the Albania; Albania government
ACT.ALB.MIL | ALBMIL | Albanian armed forces; Albanian army; Albanian military; Albanian navy; Albanian air force; Albanian troops; Albanian forces; Albanian soldiers
ACT.ALB.COP | ALBCOP | Albanian police; Albanian security forces
ACT.ALB.LEG | ALBLEG | Albanian parliament; Albanian legislature; Parliament of Albania

ACT.KSV | KSV | Kosovo; Republic of Kosovo; Kosovar; Kosovan; Kosovo Albanian; Kosovars; Kosovans; Kosovo Albanians; Pristina; Prishtina
ACT.KSV.GOV | KSVGOV | Kosovar government; Kosovar Foreign Ministry; Kosovar Ministry of Foreign Affairs; Kosovar Defence Ministry; Kosovar Defense Ministry; Kosovar Ministry of Defence; Kosovar Interior Ministry; Kosovar cabinet; Kosovar authorities; Kosovan government; Kosovan Foreign Ministry; Kosovan Ministry of Foreign Affairs; Kosovan Defence Ministry; Kosovan Defense Ministry; Kosovan Ministry of Defence; Kosovan Interior Ministry; Kosovan cabinet; Kosovan authorities; Kosovo Albanian government; Kosovo Albanian Foreign Ministry; Kosovo Albanian Ministry of Foreign Affairs; Kosovo Albanian Defence Ministry; Kosovo Albanian Defense Ministry; Kosovo Albanian Ministry of Defence; Kosovo Albanian Interior Ministry; Kosovo Albanian cabinet; Kosovo Albanian authorities; government of Kosovo; government of the Kosovo; Kosovo government
ACT.KSV.MIL | KSVMIL | Kosovar armed forces; Kosovar army; Kosovar military; Kosovar navy; Kosovar air force; Kosovar troops; Kosovar forces; Kosovar soldiers; Kosovan armed forces; Kosovan army; Kosovan military; Kosovan navy; Kosovan air force; Kosovan troops; Kosovan forces; Kosovan soldiers; Kosovo Albanian armed forces; Kosovo Albanian army; Kosovo Albanian military; Kosovo Albanian navy; Kosovo Albanian air force; Kosovo Albanian troops; Kosovo Albanian forces; Kosovo Albanian soldiers; Kosovo Security Force; KSF
ACT.KSV.COP | KSVCOP | Kosovar police; Kosovar security forces; Kosovan police; Kosovan security forces; Kosovo Albanian police; Kosovo Albanian security forces; Kosovo Police
ACT.KSV.LEG | KSVLEG | Kosovar parliament; Kosovar legislature; Kosovan parliament; Kosovan legislature; Kosovo Albanian parliament; Kosovo Albanian legislature; Assembly of Kosovo; Kosovo Assembly
