@kind actors
# International organizations (IGO), non-governmental organizations (NGO) and
# news media (MED).
#
# IGO code scheme (CAMEO style, see data/dict/README.md):
#   IGO + region (3 letters) + organization (3 letters), e.g. IGOWSTNAT (NATO),
#   IGOEUREEC (EU and all its institutions), IGOAFRAFU (African Union).
#   United Nations bodies: IGOUNO, plus a sector and an agency tag for the
#   specialised agencies (IGOUNOREFHCR = UNHCR, IGOUNOHLHWHO = WHO).
# Bare acronyms that are also English words (WHO, ICE, AU in some styles) are
# never listed alone: matching is case-insensitive.

# ---------------------------------------------------------------- United Nations
ACT.IGO.UN          | IGOUNO | United Nations; UN; U.N.; United Nations Organization; UN Secretariat; United Nations Secretariat; UN officials; UN mission; UN envoy; UN special envoy; UN special rapporteur; UN experts; UN investigators; UN monitors
ACT.IGO.UNSC        | IGOUNO | Security Council; UN Security Council; U.N. Security Council; United Nations Security Council; UNSC
ACT.IGO.UNGA        | IGOUNO | General Assembly; UN General Assembly; U.N. General Assembly; United Nations General Assembly; UNGA
ACT.IGO.UNSG        | IGOUNO | UN Secretary-General; UN Secretary General; U.N. Secretary-General; United Nations Secretary-General; UN chief; U.N. chief; United Nations chief
ACT.IGO.UNPK        | IGOUNO | UN peacekeepers; U.N. peacekeepers; United Nations peacekeepers; blue helmets; UN peacekeeping mission; MONUSCO; UNIFIL; UNMISS; MINUSCA; MINUSMA; UNAMA; UNAMI; UNSMIL; UNDOF; UNFICYP; UNMIK; UNISFA; UNITAMS; Multinational Security Support mission; Gang Suppression Force
ACT.IGO.UNHRC       | IGOUNOHRIHCH | UN Human Rights Council; United Nations Human Rights Council; Human Rights Council; UN human rights office; Office of the High Commissioner for Human Rights; OHCHR; UN High Commissioner for Human Rights; UN human rights chief
ACT.IGO.UNHCR       | IGOUNOREFHCR | UNHCR; UN refugee agency; U.N. refugee agency; United Nations High Commissioner for Refugees; UN High Commissioner for Refugees; Office of the United Nations High Commissioner for Refugees
ACT.IGO.UNRWA       | IGOUNOREFUNR | UNRWA; United Nations Relief and Works Agency; UN agency for Palestinian refugees; UN Palestinian refugee agency
ACT.IGO.UNICEF      | IGOUNOKID | UNICEF; United Nations Children 's Fund; UN children 's agency; UN children 's fund
ACT.IGO.WFP         | IGOUNOWFP | World Food Programme; World Food Program; WFP; UN food agency
ACT.IGO.OCHA        | IGOUNOHLH | OCHA; UN Office for the Coordination of Humanitarian Affairs; Office for the Coordination of Humanitarian Affairs; UN humanitarian office; UN humanitarian agency; UN humanitarian chief; UN aid chief
ACT.IGO.WHO         | IGOUNOHLHWHO | World Health Organization; World Health Organisation; =WHO; WHO chief; World Health Assembly
ACT.IGO.IAEA        | IGOUNOIAE | International Atomic Energy Agency; IAEA; UN nuclear watchdog; U.N. nuclear watchdog; UN atomic watchdog
ACT.IGO.ICJ         | IGOUNOJUDICJ | International Court of Justice; ICJ; World Court; UN top court
ACT.IGO.UNDP        | IGOUNODEV | UNDP; United Nations Development Programme; UN Development Programme; UNESCO; United Nations Educational Scientific and Cultural Organization; UNCTAD; UN Women; UNFPA; UN Population Fund; UN-Habitat; UNEP; UN Environment Programme
ACT.IGO.FAO         | IGOUNOAGRFAO | Food and Agriculture Organization; FAO; UN food and agriculture agency
ACT.IGO.ILO         | IGOUNOLABILO | International Labour Organization; International Labor Organization; International Labour Office; International Labor Office; ILO
ACT.IGO.IOM         | IGOUNOREF | International Organization for Migration; IOM; UN migration agency
ACT.IGO.UNFCCC      | IGOUNOENV | UNFCCC; UN climate body; UN Framework Convention on Climate Change; IPCC; Intergovernmental Panel on Climate Change
ACT.IGO.WORLDBANK   | IGOUNODEVWBK | World Bank; World Bank Group; International Finance Corporation; IFC; International Development Association
ACT.IGO.IMF         | IGOBUSIMF | International Monetary Fund; IMF; I.M.F.
ACT.IGO.WTO         | IGOBUSWTO | World Trade Organization; World Trade Organisation; WTO
ACT.IGO.OPCW        | IGOUNOOPC | Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons; OPCW; chemical weapons watchdog
ACT.IGO.ICAO        | IGOUNOICA | International Civil Aviation Organization; ICAO; International Maritime Organization

# ---------------------------------------------------------------- courts and police
ACT.IGO.ICC         | IGOJUDICC | International Criminal Court; ICC; ICC prosecutor; ICC judges; Office of the Prosecutor of the ICC
ACT.IGO.PCA         | IGOJUD | Permanent Court of Arbitration; International Tribunal for the Law of the Sea; ITLOS
ACT.IGO.INTERPOL    | IGOCOPITP | Interpol; International Criminal Police Organization
ACT.IGO.ECHR        | IGOEURCOEJUD | European Court of Human Rights; ECHR; Strasbourg court

# ---------------------------------------------------------------- Europe and the West
ACT.IGO.NATO        | IGOWSTNAT | NATO; N.A.T.O.; North Atlantic Treaty Organization; North Atlantic Treaty Organisation; North Atlantic Alliance; Atlantic alliance; North Atlantic Council; NATO allies; NATO forces; NATO troops; KFOR; NATO Secretary General; NATO chief; Supreme Allied Commander Europe; SACEUR
ACT.IGO.EU          | IGOEUREEC | European Union; EU; E.U.; Brussels; European bloc; EU member states; EU27
ACT.IGO.EU.COMMISSION | IGOEUREEC | European Commission; EU Commission; EU executive; European Commission President
ACT.IGO.EU.COUNCIL  | IGOEUREEC | European Council; Council of the European Union; Council of the EU; EU Council; EU leaders; EU foreign ministers; Foreign Affairs Council; EU summit
ACT.IGO.EU.PARLIAMENT | IGOEUREEC | European Parliament; EU Parliament; MEPs; European lawmakers; EU lawmakers
ACT.IGO.EU.EEAS     | IGOEUREEC | European External Action Service; EEAS; EU foreign policy chief; EU High Representative; EU foreign affairs chief; EU diplomatic service
ACT.IGO.EU.ECB      | IGOEUREECBUS | European Central Bank; ECB
ACT.IGO.EU.CJEU     | IGOEUREECJUD | Court of Justice of the European Union; European Court of Justice; CJEU; EU top court
ACT.IGO.EU.AGENCIES | IGOEUREEC | Frontex; Europol; Eurojust; European Investment Bank; EIB; EU border agency; European Public Prosecutor 's Office; EU naval force; EUNAVFOR; Operation Aspides; EUFOR
ACT.IGO.COE         | IGOEURCOE | Council of Europe; Parliamentary Assembly of the Council of Europe
ACT.IGO.OSCE        | IGOEUROSC | Organization for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe; Organisation for Security and Co-operation in Europe; OSCE
ACT.IGO.EBRD        | IGOEURBUS | European Bank for Reconstruction and Development; EBRD
ACT.IGO.EFTA        | IGOEURBUS | European Free Trade Association; EFTA; Nordic Council; Visegrad Group; Visegrad Four; V4
ACT.IGO.G7          | IGOGOS | G7; G-7; Group of Seven; G7 leaders; G7 foreign ministers; G8; G-8; Group of Eight
ACT.IGO.G20         | IGOGTW | G20; G-20; Group of Twenty; Group of 20; G20 leaders
ACT.IGO.OECD        | IGOWSTBUS | OECD; Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development
ACT.IGO.QUAD        | IGOWST | Quadrilateral Security Dialogue; the Quad; AUKUS; Five Eyes; Coalition of the willing; Ramstein group; Ukraine Defense Contact Group; Weimar Triangle; Joint Expeditionary Force
ACT.IGO.COMMONWEALTH | IGOCWN | Commonwealth of Nations; Commonwealth Secretariat; Commonwealth Heads of Government

# ---------------------------------------------------------------- Eurasia and Asia
ACT.IGO.CIS         | IGOCASCIS | Commonwealth of Independent States; CIS
ACT.IGO.CSTO        | IGOCASCSO | Collective Security Treaty Organization; Collective Security Treaty Organisation; CSTO
ACT.IGO.EAEU        | IGOCASEEU | Eurasian Economic Union; EAEU; Eurasian Economic Commission
ACT.IGO.SCO         | IGOASASCO | Shanghai Cooperation Organization; Shanghai Cooperation Organisation; SCO
ACT.IGO.BRICS       | IGOBUSBRC | BRICS; BRICS nations; BRICS countries; BRICS bloc; New Development Bank; BRICS bank
ACT.IGO.ASEAN       | IGOSEAASN | ASEAN; Association of Southeast Asian Nations; Association of South East Asian Nations; ASEAN Secretariat; ASEAN Regional Forum; East Asia Summit
ACT.IGO.APEC        | IGOASABUS | APEC; Asia-Pacific Economic Cooperation; Regional Comprehensive Economic Partnership; RCEP
ACT.IGO.ADB         | IGOASADEVADB | Asian Development Bank; ADB; Asian Infrastructure Investment Bank; AIIB
ACT.IGO.SAARC       | IGOSASSAA | SAARC; South Asian Association for Regional Cooperation; BIMSTEC
ACT.IGO.PIF         | IGOOCE | Pacific Islands Forum; Pacific Community

# ---------------------------------------------------------------- Middle East and Muslim world
ACT.IGO.ARABLEAGUE  | IGOMEAARL | Arab League; League of Arab States; Arab League summit
ACT.IGO.GCC         | IGOMEAGCC | Gulf Cooperation Council; GCC; Cooperation Council for the Arab States of the Gulf; Gulf Cooperation Council states
ACT.IGO.OIC         | IGOMOSOIC | Organisation of Islamic Cooperation; Organization of Islamic Cooperation; Organization of the Islamic Conference; OIC
ACT.IGO.OPEC        | IGOBUSOPC | OPEC; Organization of the Petroleum Exporting Countries; Organization of Petroleum Exporting Countries; OPEC+; OPEC Plus; OPEC+ alliance
ACT.IGO.ISDB        | IGOMOSDEVIDB | Islamic Development Bank; IsDB
ACT.IGO.ARABFUND    | IGOMEABUS | Arab Monetary Fund; Arab Fund for Economic and Social Development; Arab Maghreb Union

# ---------------------------------------------------------------- Africa
ACT.IGO.AU          | IGOAFRAFU | African Union; AU; A.U.; African Union Commission; AU Commission; AU Peace and Security Council; Peace and Security Council; African Union Transition Mission in Somalia; ATMIS; AUSSOM; AMISOM; African Union Support and Stabilisation Mission in Somalia
ACT.IGO.ECOWAS      | IGOWAFWAS | ECOWAS; Economic Community of West African States; ECOWAS Commission; ECOWAS standby force; CEDEAO
ACT.IGO.AES         | IGOWAFAES | Alliance of Sahel States; AES; Confederation of Sahel States; Sahel alliance; Liptako-Gourma Charter
ACT.IGO.IGAD        | IGOEAFIAD | IGAD; Intergovernmental Authority on Development
ACT.IGO.EAC         | IGOEAFEAC | East African Community; EAC; EAC regional force
ACT.IGO.SADC        | IGOSAFSAD | SADC; Southern African Development Community; SADC Mission in the DRC; SAMIDRC
ACT.IGO.ECCAS       | IGOCAFCEM | Economic Community of Central African States; ECCAS; CEMAC; Economic and Monetary Community of Central Africa
ACT.IGO.AFDB        | IGOAFRDEV | African Development Bank; AfDB; Afreximbank; African Export-Import Bank
ACT.IGO.G5SAHEL     | IGOWAF | G5 Sahel; G5 Sahel joint force; Multinational Joint Task Force; MNJTF; Accra Initiative
ACT.IGO.SACU        | IGOAFRBUS | African Continental Free Trade Area; AfCFTA; COMESA; Common Market for Eastern and Southern Africa

# ---------------------------------------------------------------- Americas
ACT.IGO.OAS         | IGOOAS | Organization of American States; OAS; Inter-American Commission on Human Rights; IACHR; Inter-American Court of Human Rights
ACT.IGO.CELAC       | IGOLAMCEL | CELAC; Community of Latin American and Caribbean States
ACT.IGO.MERCOSUR    | IGOSAMMER | Mercosur; Mercosul; Southern Common Market
ACT.IGO.CARICOM     | IGOCRBCAR | CARICOM; Caribbean Community; Organisation of Eastern Caribbean States; OECS
ACT.IGO.IDB         | IGOLAMDEV | Inter-American Development Bank; IDB; IADB; CAF development bank; Development Bank of Latin America
ACT.IGO.ALBA        | IGOLAM | ALBA; Bolivarian Alliance for the Peoples of Our America; Andean Community; Pacific Alliance; Lima Group; USMCA; NAFTA

# ---------------------------------------------------------------- humanitarian, rights, development NGOs
ACT.NGO.ICRC        | NGOHLHIRC | International Committee of the Red Cross; ICRC; Red Cross; International Red Cross; International Federation of Red Cross and Red Crescent Societies; IFRC; Red Crescent; Palestine Red Crescent Society; Palestinian Red Crescent; Syrian Arab Red Crescent; SARC; Magen David Adom; Red Crescent Society
ACT.NGO.MSF         | NGOHLHMSF | Medecins Sans Frontieres; Médecins Sans Frontières; Doctors Without Borders; MSF
ACT.NGO.AMNESTY     | NGOHRIAMN | Amnesty International
ACT.NGO.HRW         | NGOHRI | Human Rights Watch; HRW
ACT.NGO.RIGHTS      | NGOHRI | B'Tselem; Memorial Human Rights Centre; OVD-Info; Al-Haq; Palestinian Centre for Human Rights; Syrian Observatory for Human Rights; SOHR; Syrian Network for Human Rights; Armed Conflict Location and Event Data; ACLED; Airwars; Hengaw; HRANA; Human Rights Activists News Agency; Iran Human Rights; Physicians for Human Rights; International Crisis Group; Crisis Group; Freedom House; Transparency International; Open Society Foundations; Assistance Association for Political Prisoners; AAPP; Foro Penal; Center for Constitutional Rights; Human Rights First; Yesh Din; Peace Now movement; Adalah; Gisha; Addameer
ACT.NGO.PRESS       | NGOMED | Committee to Protect Journalists; CPJ; Reporters Without Borders; Reporters Sans Frontieres; International Federation of Journalists; IFJ; Foreign Press Association
ACT.NGO.AID         | NGODEV | Oxfam; Oxfam International; Save the Children; CARE International; Mercy Corps; Islamic Relief; World Vision; Catholic Relief Services; Caritas; Caritas Internationalis; ActionAid; Concern Worldwide; Action Against Hunger; Gates Foundation; Bill and Melinda Gates Foundation; World Central Kitchen; WCK; Anera; Global Fund; Gavi; Gavi the Vaccine Alliance; Welthungerhilfe; Christian Aid; Tearfund; Samaritan 's Purse; Direct Relief; Gaza Humanitarian Foundation; GHF
ACT.NGO.REFUGEE     | NGOREF | Norwegian Refugee Council; NRC; International Rescue Committee; IRC; Danish Refugee Council; Refugees International; Sea-Watch; SOS Mediterranee; SOS Méditerranée; Mediterranea Saving Humans; Proactiva Open Arms
ACT.NGO.HEALTH      | NGOHLH | Medecins du Monde; Médecins du Monde; Doctors of the World; MedGlobal; Medical Aid for Palestinians; Union of Medical Care and Relief Organizations; UOSSM; Syria Civil Defence; White Helmets; Sudan Doctors Network; Sudan Doctors ' Union; Central Committee of Sudan Doctors
ACT.NGO.ENV         | NGOENV | Greenpeace; WWF; World Wide Fund for Nature; World Wildlife Fund; Friends of the Earth; Extinction Rebellion; Just Stop Oil; Fridays for Future; Climate Action Network
ACT.NGO.ELECTIONS   | NGO | Carter Center; National Democratic Institute; NDI; International Republican Institute; IRI; International IDEA; Westminster Foundation for Democracy; Centre for Humanitarian Dialogue; HD Centre; Community of Sant'Egidio; Sant'Egidio
ACT.NGO.THINKTANK   | NGOEDU | Chatham House; Brookings Institution; Carnegie Endowment for International Peace; Council on Foreign Relations; International Institute for Strategic Studies; IISS; Stockholm International Peace Research Institute; SIPRI; Institute for the Study of War; ISW; RAND Corporation; Atlantic Council; Center for Strategic and International Studies; CSIS; Royal United Services Institute; RUSI; European Council on Foreign Relations; ECFR; Valdai Discussion Club; Heritage Foundation; Wilson Center; Stimson Center; Quincy Institute
ACT.NGO.RELIGIOUS   | NGOREL | World Council of Churches; Muslim World League; Al-Azhar; Al Azhar; Al-Azhar University; Russian Orthodox Church; Moscow Patriarchate; Ecumenical Patriarchate; Orthodox Church of Ukraine; Ukrainian Orthodox Church; Church of England; Anglican Communion; Southern Baptist Convention; Catholic Church; Roman Catholic Church; International Union of Muslim Scholars; Nahdlatul Ulama; Muhammadiyah
ACT.NGO.SPORT       | NGO | International Olympic Committee; IOC; FIFA; UEFA; World Anti-Doping Agency; WADA; Court of Arbitration for Sport; World Athletics
ACT.NGO.LABOUR      | NGOLAB | International Trade Union Confederation; ITUC; European Trade Union Confederation; ETUC; AFL-CIO; Trades Union Congress; TUC; Teamsters; United Auto Workers; UAW; Confederation of Indian Industry; Solidarnosc; Histadrut; UGTT; Tunisian General Labour Union; COSATU; Congress of South African Trade Unions; Nigeria Labour Congress; NLC; Central Unica dos Trabalhadores; CGT union; Verdi union; IG Metall; Unite union; Unison union; National Education Union; British Medical Association; BMA

# ---------------------------------------------------------------- news media
# Coded by the outlet's home country (CAMEO MED sector). Names that are also
# ordinary words or party names (Punch, The Hindu, PTI, RT, Fars) are only
# listed in unambiguous multi-word forms.
ACT.MED.GBR  | GBRMED | Reuters; Thomson Reuters; Reuters news agency; BBC; British Broadcasting Corporation; BBC News; BBC World Service; BBC Persian; Sky News; The Guardian; Guardian newspaper; Financial Times; The Times of London; The Telegraph; Daily Telegraph; The Economist; ITV News; Channel 4 News; Middle East Eye
ACT.MED.FRA  | FRAMED | AFP; Agence France-Presse; Agence France Presse; France 24; France24; Le Monde; Le Figaro; Radio France Internationale; RFI; Liberation newspaper
ACT.MED.USA  | USAMED | Associated Press; The Associated Press; AP news agency; CNN; Cable News Network; New York Times; The New York Times; Washington Post; The Washington Post; Wall Street Journal; The Wall Street Journal; Bloomberg News; Bloomberg; NBC News; CBS News; ABC News; Fox News; NPR; National Public Radio; Politico; Axios; Voice of America; VOA; Radio Free Europe; Radio Free Europe/Radio Liberty; RFE/RL; Radio Liberty; Radio Free Asia; Newsweek; Time magazine; HuffPost; Huffington Post; MSNBC; CNBC; Los Angeles Times; USA Today; Semafor; Al-Monitor; Current Time TV
ACT.MED.DEU  | DEUMED | Deutsche Welle; DW; Der Spiegel; Frankfurter Allgemeine Zeitung; FAZ; Bild newspaper; Die Zeit; Sueddeutsche Zeitung; dpa; Deutsche Presse-Agentur; ARD; ZDF
ACT.MED.EUR  | EURMED | Euronews; Politico Europe; EUobserver
ACT.MED.ITA  | ITAMED | ANSA; Corriere della Sera; La Repubblica; RAI
ACT.MED.ESP  | ESPMED | EFE; Agencia EFE; El Pais; El País; El Mundo
ACT.MED.IRL  | IRLMED | RTE; RTÉ; Raidió Teilifís Éireann; Irish Times; Irish Independent
ACT.MED.UKR  | UKRMED | Ukrainska Pravda; Kyiv Independent; Kyiv Post; Ukrinform; Suspilne; Hromadske; UNIAN
ACT.MED.RUS  | RUSMED | TASS; Tass news agency; RIA Novosti; RIA news agency; Interfax; Russia Today; RT television; Sputnik news agency; Izvestia; Kommersant; Rossiya 1; Channel One Russia; Vedomosti; Zvezda TV; Meduza; Novaya Gazeta; TV Rain; Dozhd; Mediazona
ACT.MED.CHN  | CHNMED | Xinhua; Xinhua News Agency; China Daily; Global Times; People 's Daily; CCTV; China Central Television; CGTN; China Global Television Network; Caixin; Phoenix TV
ACT.MED.HKG  | HKGMED | South China Morning Post; SCMP; Hong Kong Free Press
ACT.MED.QAT  | QATMED | Al Jazeera; Al-Jazeera; Aljazeera; Al Jazeera English; Al Araby Al Jadeed; The New Arab
ACT.MED.SAU  | SAUMED | Al Arabiya; Al-Arabiya; Al Hadath; Al-Hadath; Asharq Al-Awsat; Arab News; Saudi Press Agency; Iran International
ACT.MED.ARE  | AREMED | The National newspaper; Gulf News; Sky News Arabia; Emirates News Agency; WAM news agency
ACT.MED.LBN  | LBNMED | Al Mayadeen; Al-Mayadeen; Al-Manar; Al Manar; L'Orient-Le Jour; National News Agency of Lebanon; LBCI
ACT.MED.YEM  | YEMMED | Al-Masirah; Al Masirah; Saba news agency
ACT.MED.EGY  | EGYMED | MENA news agency; Middle East News Agency; Ahram Online; Al-Ahram; Al Ahram; Al-Qahera News
ACT.MED.ISR  | ISRMED | Haaretz; Times of Israel; Jerusalem Post; Ynet; Ynetnews; Yedioth Ahronoth; Channel 12 News; Kan public broadcaster; Kan News; Army Radio; i24NEWS; Israel Hayom; Walla News
ACT.MED.PSE  | PSEMED | WAFA; Wafa news agency; Palestine TV; Quds News Network; Shehab news agency; Al-Aqsa TV
ACT.MED.SYR  | SYRMED | SANA; Syrian Arab News Agency; Enab Baladi; Al-Watan Syria
ACT.MED.IRQ  | IRQMED | Rudaw; Kurdistan 24; Shafaq News; Iraqi News Agency
ACT.MED.TUR  | TURMED | Anadolu; Anadolu Agency; Daily Sabah; TRT; TRT World; Hurriyet; Hürriyet; Hurriyet Daily News
ACT.MED.IRN  | IRNMED | IRNA; Islamic Republic News Agency; Fars news agency; Tasnim; Tasnim news agency; Mehr news agency; ISNA; Press TV; PressTV; IRIB; Islamic Republic of Iran Broadcasting; Kayhan; Tehran Times; Nour News
ACT.MED.JPN  | JPNMED | Kyodo; Kyodo News; NHK; Nikkei Asia; Nikkei newspaper; Asahi Shimbun; Yomiuri Shimbun; Japan Times; Mainichi Shimbun
ACT.MED.KOR  | KORMED | Yonhap; Yonhap news agency; KBS; Korea Herald; Korea JoongAng Daily; Chosun Ilbo
ACT.MED.PRK  | PRKMED | KCNA; Korean Central News Agency; Rodong Sinmun
ACT.MED.TWN  | TWNMED | Central News Agency of Taiwan; Focus Taiwan; Taipei Times
ACT.MED.IND  | INDMED | Press Trust of India; ANI news agency; Asian News International; Times of India; Hindustan Times; NDTV; Indian Express; The Hindu newspaper
ACT.MED.PAK  | PAKMED | Dawn newspaper; Geo News; Express Tribune; ARY News; Associated Press of Pakistan; Radio Pakistan
ACT.MED.AFG  | AFGMED | TOLOnews; Tolo News; Pajhwok; Pajhwok Afghan News; Bakhtar News Agency; Ariana News; Amu TV; Afghanistan International; Khaama Press; Hasht-e Subh; Radio Television Afghanistan
ACT.MED.MMR  | MMRMED | The Irrawaddy; Irrawaddy news; Mizzima; DVB; Democratic Voice of Burma; Global New Light of Myanmar; MRTV
ACT.MED.SEA  | SEAMED | Antara news agency; Jakarta Post; Bernama; Straits Times; Channel NewsAsia; Bangkok Post; VnExpress; Vietnam News Agency; Philippine Daily Inquirer; Rappler
ACT.MED.AUS  | AUSMED | ABC Australia; Australian Broadcasting Corporation; Sydney Morning Herald; SBS News
ACT.MED.NZL  | NZLMED | RNZ; Radio New Zealand
ACT.MED.CAN  | CANMED | CBC; CBC News; Canadian Broadcasting Corporation; Globe and Mail; The Globe and Mail; Toronto Star; CTV News; The Canadian Press; Canadian Press
ACT.MED.CAS  | CASMED | Kazinform; Trend news agency; APA news agency; Armenpress; Azertac; Georgia Today
ACT.MED.ZAF  | ZAFMED | News24; Mail and Guardian; Daily Maverick; SABC
ACT.MED.NGA  | NGAMED | Premium Times; Punch newspaper; Vanguard newspaper; Channels TV; Channels Television; Sahara Reporters
ACT.MED.EAF  | EAFMED | Daily Nation; Nation Media Group; The EastAfrican; Daily Monitor; Addis Standard; Ethiopian News Agency; Fana Broadcasting; Garowe Online; Hiiraan Online; Radio Shabelle; Somali Guardian
ACT.MED.SDN  | SDNMED | Sudan Tribune; Radio Dabanga; Dabanga; SUNA; Sudan News Agency
ACT.MED.AFR  | AFRMED | Radio Okapi; Actualite.cd; Jeune Afrique; Algerie Presse Service; Maghreb Arabe Presse; Libya Observer; Libya Herald; Africanews; Studio Tamani
ACT.MED.LAM  | LAMMED | Telesur; Prensa Latina; Granma; Cubadebate; O Globo; Folha de S.Paulo; Estadao; El Universal; La Jornada; Milenio; Clarin; Clarín; La Nacion; La Nación; Infobae; El Tiempo; El Comercio; El Nacional; Efecto Cocuyo; Le Nouvelliste; Haiti Libre; HaitiLibre; Agencia Brasil

# ---------------------------------------------------------------- foreign military bases used as actors
ACT.USA.BASES        | USAMIL | Al Udeid Air Base; Al Udeid; Ain al-Asad air base; Ain al-Asad; Camp Lemonnier; Diego Garcia base; Ramstein Air Base; Incirlik Air Base; Incirlik; Al Tanf base; al-Tanf
ACT.RUS.BASES        | RUSMIL | Hmeimim air base; Hmeimim; Khmeimim; Tartus naval base
