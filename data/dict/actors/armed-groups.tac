@kind actors
# Non-state armed groups, de facto authorities and governments that changed
# character. Codes: country + REB for armed groups fighting a state (CAMEO
# practice, incl. jihadist branches with a home country), + UAF for armed groups
# not fighting the state or hired by it (mercenaries, pro-government militias,
# gangs holding territory), + CRM for cartels and criminal networks, + OPP for
# unarmed political opposition. Transnational cores: IMGMUSALQ (al-Qaeda),
# IMGMUSISI (Islamic State). Date ranges: FROM inclusive, UNTIL exclusive.

# ---------------------------------------------------------------- Afghanistan and Pakistan
ACT.AFG.TALIBAN       | AFGREB ..2021-08-15; AFGGOV 2021-08-15.. | Taliban; Taleban; Taliban movement; Taliban government; Taliban authorities; Taliban administration; Taliban regime; Taliban-led government; Taliban rulers; Taliban leadership; Taliban fighters; Taliban forces; Islamic Emirate; Islamic Emirate of Afghanistan; Taliban-run government; Taliban Foreign Ministry; Taliban-run foreign ministry; Afghan interim government; Taliban interim government
ACT.AFG.HAQQANI       | AFGREB ..2021-08-15; AFGGOV 2021-08-15.. | Haqqani network
ACT.AFG.VICEVIRTUE    | AFGGOV 2021-09-07..; AFGGOV | Ministry for the Propagation of Virtue and the Prevention of Vice; vice and virtue ministry; morality ministry of the Taliban; Taliban morality police
ACT.AFG.NRF           | AFGREB 2021-08-15..; AFGREB | National Resistance Front; National Resistance Front of Afghanistan; NRF; Afghanistan Freedom Front; AFF
ACT.AFG.ISK           | AFGREB | Islamic State Khorasan; Islamic State Khorasan Province; Islamic State-Khorasan; IS-K; ISIS-K; ISKP; ISK; IS Khorasan; Daesh Khorasan
ACT.PAK.TTP           | PAKREB | Tehrik-i-Taliban Pakistan; Tehreek-e-Taliban Pakistan; Tehrik-e-Taliban Pakistan; Pakistani Taliban; TTP; Fitna al-Khawarij; Khawarij
ACT.PAK.BLA           | PAKREB | Baloch Liberation Army; Balochistan Liberation Army; BLA; Majeed Brigade; Baloch Liberation Front; BLF; Fitna al-Hindustan; Baloch separatists; Baloch insurgents
ACT.PAK.LET           | PAKREB | Lashkar-e-Taiba; Lashkar-e-Taiyyaba; Lashkar-e-Toiba; Jamaat-ud-Dawa; Jaish-e-Mohammed; Jaish-e-Muhammad; JeM; Hizbul Mujahideen; Hizbul Mujahidin
ACT.IND.TRF           | INDREB | The Resistance Front; TRF; Kashmiri militants; Kashmiri separatists
ACT.PAK.HAFIZGUL      | PAKREB | Hafiz Gul Bahadur group; Lashkar-e-Jhangvi; Jamaat-ul-Ahrar; Tehreek-e-Jihad Pakistan

# ---------------------------------------------------------------- Israel, Palestine, Lebanon
ACT.PSE.HAMAS         | PSEREB | Hamas; Islamic Resistance Movement; Harakat al-Muqawama al-Islamiya; Qassam Brigades; al-Qassam Brigades; Izz ad-Din al-Qassam Brigades; Izz el-Deen al-Qassam Brigades; Ezzedine al-Qassam Brigades; Ezzedine al-Qassam; Hamas militants; Hamas fighters; Hamas leadership; Hamas political bureau; Hamas politburo; Hamas 's armed wing; Hamas-led militants
ACT.PSE.GAZAAUTH      | PSEGOV | Gaza health ministry; Hamas-run health ministry; Gaza 's health ministry; Gaza government media office; Gaza civil defence; Gaza civil defense; Hamas-run government; Hamas-run authorities; Gaza authorities; Gaza interior ministry
ACT.PSE.PIJ           | PSEREB | Palestinian Islamic Jihad; Islamic Jihad; PIJ; Al-Quds Brigades; Saraya al-Quds; Islamic Jihad movement
ACT.PSE.OTHER         | PSEREB | Al-Aqsa Martyrs ' Brigades; Al-Aqsa Martyrs Brigades; al-Aqsa Martyrs Brigade; Popular Resistance Committees; Popular Front for the Liberation of Palestine; PFLP; Democratic Front for the Liberation of Palestine; DFLP; Lions ' Den; Lion 's Den; Jenin Brigade; Jenin Battalion; Tulkarem Brigade; Nur Shams Battalion; Mujahideen Brigades; Palestinian militants; Palestinian armed groups; Palestinian factions
ACT.PSE.FATAH         | PSEGOV | Fatah; Fatah movement; Fatah party; Fatah Central Committee; PLO Executive Committee
ACT.PSE.ABUSHABAB     | PSEUAF 2024-05-01..; PSEUAF | Abu Shabab militia; Abu Shabab clan; Yasser Abu Shabab 's group
ACT.LBN.HEZBOLLAH     | LBNREB | Hezbollah; Hizbollah; Hizbullah; Hizballah; Hezbollah militants; Hezbollah fighters; Islamic Resistance in Lebanon; Radwan Force; Hezbollah 's Radwan Force; Loyalty to the Resistance bloc; Party of God
ACT.LBN.AMAL          | LBNOPP | Amal Movement; Amal party
ACT.ISR.SETTLERGROUPS | ISRUAF | Hilltop Youth; settler militias; Lehava

# ---------------------------------------------------------------- Syria and Iraq
ACT.SYR.HTS           | SYRREB ..2024-12-08; SYRGOV 2024-12-08.. | Hayat Tahrir al-Sham; Hay'at Tahrir al-Sham; Hayat Tahrir al Sham; HTS; Tahrir al-Sham; Nusra Front; al-Nusra Front; Jabhat al-Nusra; Jabhat Fateh al-Sham; Syrian Salvation Government; Military Operations Command; Military Operations Department
ACT.SYR.SNA           | SYRREB ..2025-01-29; SYRMIL 2025-01-29.. | Syrian National Army; SNA Syria; Turkish-backed Syrian National Army; Turkish-backed Syrian fighters; Turkish-backed factions; Free Syrian Army; FSA; Sultan Murad Division; Hamza Division; Amshat; Suleiman Shah Brigade
ACT.SYR.SDF           | SYRREB | Syrian Democratic Forces; SDF; Kurdish-led Syrian Democratic Forces; Kurdish-led forces; YPG; People 's Protection Units; YPJ; Women 's Protection Units; Autonomous Administration of North and East Syria; AANES; Kurdish-led administration; Asayish
ACT.SYR.DRUZE         | SYRREB 2024-12-08..; SYRREB | Suwayda Military Council; Men of Dignity; Rijal al-Karama; National Guard in Suwayda; Druze militias; Druze fighters; Druze factions; Suwayda factions
ACT.SYR.ASSADLOYAL    | SYRREB 2024-12-08..; SYRREB | Assad loyalists; pro-Assad insurgents; Assad remnants; remnants of the former regime; former regime remnants; Coastal Shield Brigade; Military Council for the Liberation of Syria
ACT.SYR.OLDREGIME     | SYRGOV ..2024-12-08; SYRELI 2024-12-08.. | Baath Party; Ba'ath Party; Syrian Baath Party; Maher al-Assad 's Fourth Division
ACT.SYR.HURRAS        | SYRREB | Hurras al-Din; Hurras al-Deen; Guardians of Religion; Turkistan Islamic Party; Turkestan Islamic Party; Ansar al-Tawhid
ACT.IRQ.PMF           | IRQMIL | Popular Mobilization Forces; Popular Mobilisation Forces; Popular Mobilization Units; PMF; PMU; Hashd al-Shaabi; al-Hashd al-Shaabi; Hashed al-Shaabi
ACT.IRQ.MILITIAS      | IRQREB | Kataib Hezbollah; Kata'ib Hezbollah; Kataib Hizbollah; Asaib Ahl al-Haq; Asa'ib Ahl al-Haq; Harakat Hezbollah al-Nujaba; Nujaba; Kataib Sayyid al-Shuhada; Badr Organization; Badr Organisation; Islamic Resistance in Iraq; Iran-backed militias in Iraq; Iraqi militias; Iran-aligned militias
ACT.IRQ.KRG           | IRQGOV | Kurdistan Regional Government; KRG; Kurdistan Region of Iraq; Iraqi Kurdistan; Kurdistan Region; Erbil government; Peshmerga; Kurdish Peshmerga; Kurdistan Democratic Party; KDP; Patriotic Union of Kurdistan; PUK
ACT.IMG.ISIS          | IMGMUSISI | Islamic State; ISIS; ISIL; =IS; Islamic State of Iraq and Syria; Islamic State of Iraq and the Levant; Islamic State group; Daesh; Daish; IS militants; ISIS militants; ISIS fighters; Islamic State militants; Islamic State jihadists; IS jihadists; IS group; Amaq; Amaq news agency; Amaq agency
ACT.IMG.ALQAEDA       | IMGMUSALQ | al-Qaeda; al-Qaida; Al Qaeda; al-Qaeda central; al-Qa'ida; Qaeda; al-Qaeda network; al-Qaeda militants; al-Qaeda affiliates; As-Sahab
ACT.IRN.AXIS          | IRNREB | Axis of Resistance; Iran-backed groups; Iran 's proxies; Iranian proxies

# ---------------------------------------------------------------- Yemen and the Gulf
ACT.YEM.HOUTHIS       | YEMREB | Houthis; Houthi; Houthi rebels; Houthi movement; Houthi militia; Houthi militants; Houthi forces; Houthi fighters; Houthi-run government; Houthi authorities; Houthi leadership; Ansar Allah; Ansarullah; Ansar Allah movement; Supreme Political Council; Houthi-controlled Sanaa; Houthi military spokesman; Houthi-run Saba news agency
ACT.YEM.STC           | YEMREB ..2022-04-07; YEMGOV 2022-04-07.. | Southern Transitional Council; STC; southern separatists; Southern Giants Brigades; Giants Brigades; Security Belt Forces; Hadrami Elite Forces
ACT.YEM.AQAP          | YEMREB | al-Qaeda in the Arabian Peninsula; AQAP; Ansar al-Sharia in Yemen

# ---------------------------------------------------------------- Africa
ACT.SDN.RSF           | SDNMIL ..2023-04-15; SDNREB 2023-04-15.. | Rapid Support Forces; RSF; RSF paramilitaries; RSF fighters; paramilitary Rapid Support Forces; Janjaweed; Janjawid; Tasis; Sudan Founding Alliance; Government of Peace and Unity; RSF-led government; parallel government in Sudan
ACT.SDN.SAFALLIED     | SDNUAF 2023-04-15..; SDNUAF | Joint Forces of the armed movements; Darfur Joint Force; joint forces in Darfur; Sudan Shield Forces; Al-Baraa Ibn Malik Brigade; Al-Baraa bin Malik Brigade; popular resistance fighters
ACT.SDN.SPLMN         | SDNREB | Sudan People 's Liberation Movement-North; SPLM-N; SPLM-North; Sudan Liberation Movement; SLM; SLA-AW; Sudan Liberation Army; Justice and Equality Movement
ACT.SDN.CIVILIAN      | SDNOPP | Forces of Freedom and Change; FFC; Taqaddum; Sudanese Professionals Association; resistance committees; Emergency Response Rooms
ACT.SSD.SPLMIO        | SSDREB | SPLM-IO; SPLA-IO; Sudan People 's Liberation Movement-in-Opposition; Sudan People 's Liberation Army-in-Opposition; White Army; National Salvation Front; NAS
ACT.SOM.ALSHABAAB     | SOMREB | al-Shabaab; al-Shabab; al Shabaab; Harakat al-Shabaab al-Mujahideen; Shabaab militants; Shabab militants
ACT.SOM.ISSOMALIA     | SOMREB | Islamic State Somalia; Islamic State Somalia Province; ISIS-Somalia; IS-Somalia
ACT.SOM.SOMALILAND    | SOMGOV | Somaliland; Republic of Somaliland; Somaliland government; Somaliland authorities; Hargeisa; Puntland; Puntland government; Jubaland; Jubaland administration
ACT.ETH.TPLF          | ETHOPP ..2020-11-04; ETHREB 2020-11-04..2022-11-02; ETHOPP 2022-11-02.. | Tigray People 's Liberation Front; TPLF; Tigray Defence Forces; Tigray Defense Forces; TDF; Tigrayan forces; Tigrayan fighters; Tigray Interim Regional Administration; Tigray interim administration
ACT.ETH.FANO          | ETHREB 2023-04-01..; ETHREB | Fano; Fano militia; Fano militias; Amhara Fano; Fano fighters
ACT.ETH.OLA           | ETHREB | Oromo Liberation Army; OLA; Shene; OLF-Shene
ACT.NGA.BOKOHARAM     | NGAREB | Boko Haram; Jama'atu Ahlis Sunna Lidda'awati wal-Jihad; JAS; Boko Haram jihadists; Boko Haram militants
ACT.NGA.ISWAP         | NGAREB | Islamic State West Africa Province; Islamic State West Africa; ISWAP; Islamic State in West Africa; Lakurawa
ACT.NGA.IPOB          | NGAREB | Indigenous People of Biafra; IPOB; Eastern Security Network; ESN; Biafran separatists
ACT.NGA.BANDITS       | NGACRM | bandits in northwest Nigeria; armed bandits; bandit gangs; Nigerian bandits
ACT.MLI.JNIM          | MLIREB | Jama'at Nusrat al-Islam wal-Muslimin; Jamaat Nusrat al-Islam wal-Muslimin; JNIM; Group for the Support of Islam and Muslims; GSIM; Macina Liberation Front; Katiba Macina; al-Qaeda in the Islamic Maghreb; AQIM; Ansar Dine; al-Mourabitoun
ACT.MLI.ISSAHEL       | MLIREB | Islamic State Sahel Province; Islamic State Sahel; IS Sahel; IS-Sahel; ISSP; Islamic State in the Greater Sahara; ISGS
ACT.MLI.FLA           | MLIREB | Azawad Liberation Front; Front de Liberation de l'Azawad; FLA; Permanent Strategic Framework; CSP-PSD; Coordination of Azawad Movements; CMA; Tuareg rebels; Tuareg separatists
ACT.BFA.VDP           | BFAUAF | Volunteers for the Defence of the Homeland militia; VDP militias; Koglweogo
ACT.CMR.AMBAZONIA     | CMRREB | Ambazonia Defence Forces; Ambazonian separatists; Ambazonia; Amba Boys; anglophone separatists
ACT.COD.M23           | CODREB | M23; M23 rebels; March 23 Movement; Mouvement du 23 Mars; Alliance Fleuve Congo; Congo River Alliance; AFC/M23; AFC-M23; M23/AFC; Rwanda-backed M23
ACT.COD.ADF           | CODREB | Allied Democratic Forces; ADF; ADF rebels; Islamic State Central Africa Province; ISCAP
ACT.COD.CODECO        | CODREB | CODECO; Cooperative for the Development of Congo; Zaire militia; Mai-Mai; Mai Mai; Mayi-Mayi; Twirwaneho; Raia Mutomboki
ACT.COD.WAZALENDO     | CODUAF | Wazalendo; Wazalendo militias; pro-government militias in eastern Congo
ACT.RWA.FDLR          | RWAREB | Democratic Forces for the Liberation of Rwanda; FDLR; Forces Democratiques de Liberation du Rwanda
ACT.BDI.REDTABARA     | BDIREB | RED-Tabara; Red Tabara; Imbonerakure
ACT.MOZ.ISMOZ         | MOZREB | Islamic State Mozambique Province; Islamic State Mozambique; ISM; Ansar al-Sunna; Ahlu Sunnah Wal Jamaa; al-Shabab in Mozambique; Cabo Delgado insurgents
ACT.CAF.REBELS        | CAFREB | Coalition of Patriots for Change; Union for Peace in the Central African Republic; UPC; 3R militia; Anti-balaka
ACT.TCD.FACT          | TCDREB | Front for Change and Concord in Chad; =FACT; Front pour l'alternance et la concorde au Tchad
ACT.LBY.LNA           | LBYREB | Libyan National Army; LNA; Libyan Arab Armed Forces; LAAF; Haftar 's forces; forces loyal to Khalifa Haftar; eastern-based forces; Government of National Stability; eastern-based government; Tobruk-based parliament
ACT.LBY.MILITIAS      | LBYUAF | Radaa; Radaa Deterrence Force; Special Deterrence Force; Stability Support Apparatus; Tripoli militias; Libyan militias; Misrata brigades; 444 Brigade
ACT.ESH.POLISARIO     | ESHREB | Polisario Front; Polisario; Frente Polisario; Sahrawi independence movement

# ---------------------------------------------------------------- Russia, Ukraine, Europe and the Caucasus
ACT.RUS.WAGNER        | RUSUAF | Wagner Group; Wagner; Wagner mercenaries; Wagner fighters; PMC Wagner; Wagner private military company; Wagner PMC
ACT.RUS.AFRICACORPS   | RUSMIL | Africa Corps; Russian Africa Corps; Afrika Korps
ACT.RUS.CHECHEN       | RUSMIL | Akhmat special forces; Akhmat battalion; Kadyrovtsy; Kadyrov 's forces; Chechen forces
ACT.RUS.ANTIKREMLIN   | RUSREB | Russian Volunteer Corps; RDK; Freedom of Russia Legion; Legion Freedom of Russia; Siberian Battalion
ACT.UKR.DPR           | UKRREB 2014-04-07..2022-09-30; RUSGOV 2022-09-30..; UKRREB | Donetsk People 's Republic; DPR; DNR; self-proclaimed Donetsk People 's Republic; Luhansk People 's Republic; Lugansk People 's Republic; LPR; LNR; Russian-installed authorities; Russian-installed officials; Moscow-installed authorities; pro-Russian separatists; Russian-backed separatists; separatist authorities in Donetsk
ACT.UKR.CRIMEAAUTH    | RUSGOV 2014-03-18..; RUSGOV | Russian-installed authorities in Crimea; Crimean authorities; Republic of Crimea
ACT.MDA.TRANSNISTRIA  | MDAREB | Transnistria; Transdniestria; Transdniester; Pridnestrovie; Pridnestrovian Moldavian Republic; Transnistrian authorities; Tiraspol
ACT.GEO.ABKHAZIA      | GEOREB | Abkhazia; Abkhaz authorities; Sukhumi; South Ossetia; South Ossetian authorities; Tskhinvali
ACT.AZE.KARABAKH      | AZEREB ..2024-01-01; AZEREB | Nagorno-Karabakh authorities; Artsakh; Republic of Artsakh; Karabakh Armenian authorities; Nagorno-Karabakh Defence Army; Artsakh Defence Army; Karabakh separatists
ACT.TUR.PKK           | TURREB | Kurdistan Workers ' Party; Kurdistan Workers Party; PKK; Partiya Karkeren Kurdistane; PKK militants; Kurdish militants; HPG; Kurdistan Communities Union; KCK
ACT.IRN.KURDS         | IRNREB | Party of Free Life of Kurdistan; PJAK; Komala; Kurdistan Democratic Party of Iran; KDPI; Jaish al-Adl; Jaish al-Adl militants; Ansar al-Furqan
ACT.IRN.MEK           | IRNOPP | People 's Mojahedin Organization of Iran; Mojahedin-e-Khalq; Mujahedin-e-Khalq; MEK; MKO; PMOI; National Council of Resistance of Iran; NCRI
ACT.GBR.NIPARAMIL     | GBRREB | New IRA; Real IRA; Continuity IRA; Irish Republican Army; =IRA; Provisional IRA; Provisional Irish Republican Army; IRA guerrillas; IRA gunmen; IRA militants; Irish republican guerrillas; Irish nationalist guerrillas; Irish National Liberation Army; INLA; loyalist paramilitaries; Ulster Volunteer Force; UVF; Ulster Defence Association
ACT.EUR.FARRIGHT      | EURRAD | Nordic Resistance Movement; Reichsbuerger; Reichsbürger; Atomwaffen Division; Azov movement

# ---------------------------------------------------------------- Asia
ACT.MMR.JUNTA         | MMRMIL ..2021-02-01; MMRGOV 2021-02-01.. | Myanmar junta; Burmese junta; junta in Myanmar; Myanmar 's military government; military regime in Myanmar; Myanmar military regime; State Administration Council of Myanmar; SAC junta; National Defence and Security Council of Myanmar; Union Election Commission of Myanmar; Union Solidarity and Development Party; USDP
ACT.MMR.NUG           | MMROPP 2021-04-16..; MMROPP | National Unity Government of Myanmar; NUG; shadow government of Myanmar; Myanmar 's shadow government; Committee Representing Pyidaungsu Hluttaw; CRPH; National Unity Consultative Council; NUCC
ACT.MMR.NLD           | MMRGOV 2016-03-30..2021-02-01; MMROPP 2021-02-01..; MMRGOV | National League for Democracy; NLD; Suu Kyi 's party
ACT.MMR.PDF           | MMRREB 2021-05-05..; MMRREB | People 's Defence Force; People 's Defense Force; People 's Defence Forces; People 's Defense Forces; PDF fighters; anti-junta fighters; resistance forces in Myanmar; anti-coup resistance; local defence forces; Bamar People 's Liberation Army; BPLA
ACT.MMR.AA            | MMRREB | Arakan Army; AA rebels; United League of Arakan; ULA
ACT.MMR.KIA           | MMRREB | Kachin Independence Army; Kachin Independence Organisation; Kachin Independence Organization; KIO
ACT.MMR.TNLA          | MMRREB | Ta'ang National Liberation Army; Taang National Liberation Army; TNLA; Myanmar National Democratic Alliance Army; MNDAA; Kokang rebels; Three Brotherhood Alliance; Brotherhood Alliance; Operation 1027
ACT.MMR.KNU           | MMRREB | Karen National Union; KNU; Karen National Liberation Army; KNLA; Karenni Nationalities Defence Force; KNDF; Karenni Army; Karenni National Progressive Party; Chin National Front; Chin National Army; Chinland Council; Democratic Karen Buddhist Army; DKBA; Karen Border Guard Force; Karen National Army; Restoration Council of Shan State; Shan State Army; SSPP; Arakan Rohingya Salvation Army; ARSA; Rohingya Solidarity Organisation; ethnic armed organizations; ethnic armed groups; ethnic armed organisations
ACT.MMR.UWSA          | MMRREB | United Wa State Army; UWSA; United Wa State Party; Wa militia
ACT.PHL.NPA           | PHLREB | New People 's Army; NPA; Communist Party of the Philippines; CPP-NPA; National Democratic Front of the Philippines; NDFP
ACT.PHL.ISLAMIST      | PHLREB | Abu Sayyaf; Abu Sayyaf Group; ASG; Dawlah Islamiyah; Maute group; Bangsamoro Islamic Freedom Fighters; BIFF; Moro Islamic Liberation Front; MILF
ACT.THA.BRN           | THAREB | Barisan Revolusi Nasional; BRN; Patani United Liberation Organisation; PULO; southern Thai insurgents; Malay Muslim insurgents
ACT.IND.MAOISTS       | INDREB | Communist Party of India (  Maoist ); CPI (  Maoist ); CPI-Maoist; Maoist rebels in India; Naxalites; Naxals; Naxal; People 's Liberation Guerrilla Army; PLGA; United Liberation Front of Asom; ULFA; ULFA-I; National Socialist Council of Nagaland; NSCN; Kuki militants; Meitei militants; Arambai Tenggol
ACT.IDN.OPM           | IDNREB | Free Papua Movement; Organisasi Papua Merdeka; OPM; West Papua National Liberation Army; TPNPB; West Papua Liberation Army; Papuan separatists; Papuan rebels; Jemaah Islamiyah; Jamaah Ansharut Daulah; JAD
ACT.BGD.KNF           | BGDREB | Kuki-Chin National Front; KNF Bangladesh
ACT.CHN.UYGHURMIL     | CHNREB | East Turkestan Islamic Movement; ETIM; East Turkistan Islamic Movement
ACT.CHN.TIBETEXILE    | CHNOPP | Central Tibetan Administration; Tibetan government-in-exile; Tibetan government in exile; World Uyghur Congress; Uyghur Human Rights Project
ACT.TJK.ANSAR         | TJKREB | Jamaat Ansarullah; Islamic Movement of Uzbekistan; IMU; Islamic Jihad Union
ACT.LKA.LTTE          | LKAREB | Liberation Tigers of Tamil Eelam; LTTE; Tamil Tigers

# ---------------------------------------------------------------- Americas
ACT.HTI.GANGS         | HTIUAF | Viv Ansanm; Vivre Ensemble; Viv Ansanm coalition; Haitian gangs; gangs in Haiti; armed gangs in Haiti; G9; G9 an Fanmi e Alye; G9 Family and Allies; G-Pep; G-Pèp; 400 Mawozo; Gran Grif; Grand Ravine gang; 5 Segonn; Village de Dieu gang; Kraze Baryè; Canaan gang
ACT.HTI.BSAP          | HTIUAF | Brigade for the Security of Protected Areas; BSAP; Bwa Kale; Bwa Kale movement; self-defence brigades in Haiti
ACT.COL.FARCDISS      | COLREB | FARC dissidents; FARC dissident groups; Estado Mayor Central; EMC; Central General Staff; Estado Mayor de Bloques y Frentes; Segunda Marquetalia; Second Marquetalia; Comandos de la Frontera; Carolina Ramirez Front; Revolutionary Armed Forces of Colombia; FARC; FARC-EP; FARC rebels; FARC guerrillas
ACT.COL.ELN           | COLREB | National Liberation Army of Colombia; ELN; Ejercito de Liberacion Nacional; ELN guerrillas; ELN rebels
ACT.COL.CLAN          | COLCRM | Clan del Golfo; Gulf Clan; Gaitanist Self-Defense Forces of Colombia; Gaitanist Army of Colombia; EGC; AGC; Urabenos; Los Urabenos
ACT.VEN.TREN          | VENCRM | Tren de Aragua; Tren de Aragua gang; Cartel de los Soles; Cartel of the Suns; colectivos
ACT.MEX.CARTELS       | MEXCRM | Sinaloa Cartel; Jalisco New Generation Cartel; CJNG; Jalisco cartel; Gulf Cartel; Los Zetas; Cartel del Noreste; La Familia Michoacana; Chapitos; Los Chapitos; La Mayiza; Mexican cartels; drug cartels in Mexico
ACT.SLV.GANGS         | SLVCRM | MS-13; Mara Salvatrucha; Barrio 18; 18th Street gang
ACT.ECU.GANGS         | ECUCRM | Los Choneros; Los Lobos; Los Tiguerones; Latin Kings Ecuador
ACT.PER.SENDERO       | PERREB | Shining Path; Sendero Luminoso; Militarized Communist Party of Peru
ACT.BRA.GANGS         | BRACRM | First Capital Command; Primeiro Comando da Capital; PCC gang; Comando Vermelho; Red Command
ACT.NIC.GOVPARTY      | NICGOV 2007-01-10..; NICGOV | Sandinista National Liberation Front; FSLN; Sandinista government; Ortega government; Ortega-Murillo government; Ortega regime
ACT.VEN.PSUV          | VENGOV | United Socialist Party of Venezuela; PSUV; chavismo; Chavista government
ACT.VEN.OPPOSITION    | VENOPP | Unitary Platform; Plataforma Unitaria; Venezuelan opposition; Vente Venezuela; Popular Will; Voluntad Popular

# ---------------------------------------------------------------- added 2026-11 (groups of older newswire)
ACT.AGO.UNITA         | AGOREB ..2002-04-04; AGOOPP 2002-04-04..; AGOOPP | National Union for the Total Independence of Angola; UNITA; UNITA rebels
ACT.LBR.NPFL          | LBRREB ..1997-08-02; LBRGOV 1997-08-02..2003-08-11; LBRREB | National Patriotic Front of Liberia; NPFL
ACT.LBR.LPC           | LBRREB | Liberian Peace Council; LURD; Liberians United for Reconciliation and Democracy
ACT.DZA.FIS           | DZAOPP | Islamic Salvation Front; Front Islamique du Salut
ACT.DZA.GIA           | DZAREB | Islamic Salvation Army; Armed Islamic Group
ACT.KHM.KHMERROUGE    | KHMREB ..1999-03-06; KHMREB | Khmer Rouge; Party of Democratic Kampuchea; Kampuchean guerrillas; Khmer Rouge guerrillas
ACT.UGA.LRA           | UGAREB | Lord 's Resistance Army; LRA
ACT.MOZ.RENAMO        | MOZREB ..1992-10-04; MOZOPP 1992-10-04..; MOZOPP | Mozambican National Resistance; RENAMO
ACT.SLE.RUF           | SLEREB ..2002-01-18; SLEOPP 2002-01-18..; SLEOPP | Revolutionary United Front; RUF rebels
