@kind actors
# Countries and territories of Asia (East, Southeast, South, Central; the Caucasus)
# Generated layout: country, then its institutions (GOV government and ministries,
# MIL armed forces, COP police, LEG legislature, JUD top courts, GOVBUS central bank).

# East Asia

ACT.CHN | CHN | China; People 's Republic of China; PRC; mainland China; Chinese; Beijing
ACT.CHN.GOV | CHNGOV | Chinese government; Chinese Foreign Ministry; Chinese Ministry of Foreign Affairs; Chinese Defence Ministry; Chinese Defense Ministry; Chinese Ministry of Defence; Chinese Interior Ministry; Chinese cabinet; Chinese authorities; government of China; government of the China; China government; Zhongnanhai; Great Hall of the People; State Council; Chinese Communist Party; Communist Party of China; CCP; CPC; Chinese Politburo; Politburo Standing Committee; Central Military Commission
ACT.CHN.MIL | CHNMIL | Chinese armed forces; Chinese army; Chinese military; Chinese navy; Chinese air force; Chinese troops; Chinese forces; Chinese soldiers; People 's Liberation Army; PLA; PLA Navy; People 's Liberation Army Navy; PLA Air Force; PLA Rocket Force; China Coast Guard; Chinese coast guard
ACT.CHN.COP | CHNCOP | Chinese police; Chinese security forces; Ministry of Public Security; People 's Armed Police
ACT.CHN.LEG | CHNLEG | Chinese parliament; Chinese legislature; National People 's Congress; NPC; NPC Standing Committee; Chinese People 's Political Consultative Conference; CPPCC
ACT.CHN.JUD | CHNJUD | Chinese Supreme Court; Chinese Constitutional Court; Chinese judiciary; Supreme People 's Court
ACT.CHN.CB | CHNGOVBUS | Chinese central bank; Central Bank of China; People 's Bank of China; PBOC

ACT.TWN | TWN | Taiwan; Republic of China; ROC; Formosa; Taiwanese; Taipei
ACT.TWN.GOV | TWNGOV | Taiwanese government; Taiwanese Foreign Ministry; Taiwanese Ministry of Foreign Affairs; Taiwanese Defence Ministry; Taiwanese Defense Ministry; Taiwanese Ministry of Defence; Taiwanese Interior Ministry; Taiwanese cabinet; Taiwanese authorities; government of Taiwan; government of the Taiwan; Taiwan government; Presidential Office Building; Executive Yuan; Mainland Affairs Council
ACT.TWN.MIL | TWNMIL | Taiwanese armed forces; Taiwanese army; Taiwanese military; Taiwanese navy; Taiwanese air force; Taiwanese troops; Taiwanese forces; Taiwanese soldiers; Taiwan armed forces; ROC Armed Forces; Taiwan Coast Guard
ACT.TWN.COP | TWNCOP | Taiwanese police; Taiwanese security forces
ACT.TWN.LEG | TWNLEG | Taiwanese parliament; Taiwanese legislature; Legislative Yuan
ACT.TWN.JUD | TWNJUD | Taiwanese Supreme Court; Taiwanese Constitutional Court; Taiwanese judiciary; Judicial Yuan
ACT.TWN.CB | TWNGOVBUS | Taiwanese central bank; Central Bank of Taiwan; Central Bank of the Republic of China

ACT.HKG | HKG | Hong Kong; Hong Kong SAR; Hong Kong Special Administrative Region; Hongkonger; Hong Konger; Hongkongers; Hong Kongers
ACT.HKG.GOV | HKGGOV | Hongkonger government; Hongkonger authorities; Hong Konger government; Hong Konger authorities; government of Hong Kong; government of the Hong Kong; Hong Kong government; Legislative Council of Hong Kong; LegCo; Hong Kong police; Hong Kong Police Force

ACT.MAC | MAC | Macau; Macao; Macau SAR; Macanese
ACT.MAC.GOV | MACGOV | Macanese government; Macanese authorities; government of Macau; government of the Macau; Macau government

ACT.JPN | JPN | Japan; Japanese; Tokyo
ACT.JPN.GOV | JPNGOV | Japanese government; Japanese Foreign Ministry; Japanese Ministry of Foreign Affairs; Japanese Defence Ministry; Japanese Defense Ministry; Japanese Ministry of Defence; Japanese Interior Ministry; Japanese cabinet; Japanese authorities; government of Japan; government of the Japan; Japan government; Kantei; Prime Minister 's Office of Japan; Kasumigaseki
ACT.JPN.MIL | JPNMIL | Japanese armed forces; Japanese army; Japanese military; Japanese navy; Japanese air force; Japanese troops; Japanese forces; Japanese soldiers; Japan Self-Defense Forces; Self-Defense Forces; Japan Ground Self-Defense Force; Japan Maritime Self-Defense Force; Japan Air Self-Defense Force; Japan Coast Guard
ACT.JPN.COP | JPNCOP | Japanese police; Japanese security forces; National Police Agency of Japan
ACT.JPN.LEG | JPNLEG | Japanese parliament; Japanese legislature; National Diet; Japanese Diet; House of Representatives of Japan; House of Councillors
ACT.JPN.JUD | JPNJUD | Japanese Supreme Court; Japanese Constitutional Court; Japanese judiciary; Supreme Court of Japan
ACT.JPN.CB | JPNGOVBUS | Japanese central bank; Central Bank of Japan; Bank of Japan; BOJ

ACT.KOR | KOR | South Korea; Republic of Korea; ROK; Korea; South Korean; Korean; South Koreans; Koreans; Seoul
ACT.KOR.GOV | KORGOV | South Korean government; South Korean Foreign Ministry; South Korean Ministry of Foreign Affairs; South Korean Defence Ministry; South Korean Defense Ministry; South Korean Ministry of Defence; South Korean Interior Ministry; South Korean cabinet; South Korean authorities; Korean government; Korean Foreign Ministry; Korean Ministry of Foreign Affairs; Korean Defence Ministry; Korean Defense Ministry; Korean Ministry of Defence; Korean Interior Ministry; Korean cabinet; Korean authorities; government of South Korea; government of the South Korea; South Korea government; Blue House; Cheong Wa Dae; Yongsan presidential office; Ministry of Unification
ACT.KOR.MIL | KORMIL | South Korean armed forces; South Korean army; South Korean military; South Korean navy; South Korean air force; South Korean troops; South Korean forces; South Korean soldiers; Korean armed forces; Korean army; Korean military; Korean navy; Korean air force; Korean troops; Korean forces; Korean soldiers; ROK Armed Forces; Joint Chiefs of Staff of South Korea
ACT.KOR.COP | KORCOP | South Korean police; South Korean security forces; Korean police; Korean security forces; Korean National Police Agency
ACT.KOR.LEG | KORLEG | South Korean parliament; South Korean legislature; Korean parliament; Korean legislature; National Assembly of South Korea; South Korean National Assembly
ACT.KOR.JUD | KORJUD | South Korean Supreme Court; South Korean Constitutional Court; South Korean judiciary; Korean Supreme Court; Korean Constitutional Court; Korean judiciary; Constitutional Court of Korea
ACT.KOR.CB | KORGOVBUS | South Korean central bank; Korean central bank; Central Bank of South Korea; Bank of Korea; BOK

ACT.PRK | PRK | North Korea; Democratic People 's Republic of Korea; DPRK; North Korean; North Koreans; Pyongyang
ACT.PRK.GOV | PRKGOV | North Korean government; North Korean Foreign Ministry; North Korean Ministry of Foreign Affairs; North Korean Defence Ministry; North Korean Defense Ministry; North Korean Ministry of Defence; North Korean Interior Ministry; North Korean cabinet; North Korean authorities; government of North Korea; government of the North Korea; North Korea government; Workers ' Party of Korea; WPK; Kim regime
ACT.PRK.MIL | PRKMIL | North Korean armed forces; North Korean army; North Korean military; North Korean navy; North Korean air force; North Korean troops; North Korean forces; North Korean soldiers; Korean People 's Army; KPA
ACT.PRK.COP | PRKCOP | North Korean police; North Korean security forces
ACT.PRK.LEG | PRKLEG | North Korean parliament; North Korean legislature; Supreme People 's Assembly
ACT.PRK.JUD | PRKJUD | North Korean Supreme Court; North Korean Constitutional Court; North Korean judiciary
ACT.PRK.CB | PRKGOVBUS | North Korean central bank; Central Bank of North Korea; Central Bank of the DPRK

ACT.MNG | MNG | Mongolia; Mongolian; Mongolians; Ulaanbaatar; Ulan Bator
ACT.MNG.GOV | MNGGOV | Mongolian government; Mongolian Foreign Ministry; Mongolian Ministry of Foreign Affairs; Mongolian Defence Ministry; Mongolian Defense Ministry; Mongolian Ministry of Defence; Mongolian Interior Ministry; Mongolian cabinet; Mongolian authorities; government of Mongolia; government of the Mongolia; Mongolia government
ACT.MNG.MIL | MNGMIL | Mongolian armed forces; Mongolian army; Mongolian military; Mongolian navy; Mongolian air force; Mongolian troops; Mongolian forces; Mongolian soldiers
ACT.MNG.COP | MNGCOP | Mongolian police; Mongolian security forces
ACT.MNG.LEG | MNGLEG | Mongolian parliament; Mongolian legislature; State Great Khural

# Southeast Asia

ACT.BRN | BRN | Brunei; Brunei Darussalam; Bruneian; Bruneians; Bandar Seri Begawan
ACT.BRN.GOV | BRNGOV | Bruneian government; Bruneian Foreign Ministry; Bruneian Ministry of Foreign Affairs; Bruneian Defence Ministry; Bruneian Defense Ministry; Bruneian Ministry of Defence; Bruneian Interior Ministry; Bruneian cabinet; Bruneian authorities; government of Brunei; government of the Brunei; Brunei government
ACT.BRN.LEG | BRNLEG | Bruneian parliament; Bruneian legislature; Legislative Council of Brunei

ACT.KHM | KHM | Cambodia; Kingdom of Cambodia; Cambodian; Khmer; Cambodians; Phnom Penh; Kampuchea; Kampuchean
ACT.KHM.GOV | KHMGOV | Cambodian government; Cambodian Foreign Ministry; Cambodian Ministry of Foreign Affairs; Cambodian Defence Ministry; Cambodian Defense Ministry; Cambodian Ministry of Defence; Cambodian Interior Ministry; Cambodian cabinet; Cambodian authorities; Khmer government; Khmer Foreign Ministry; Khmer Ministry of Foreign Affairs; Khmer Defence Ministry; Khmer Defense Ministry; Khmer Ministry of Defence; Khmer Interior Ministry; Khmer cabinet; Khmer authorities; government of Cambodia; government of the Cambodia; Cambodia government; Peace Palace Phnom Penh
ACT.KHM.MIL | KHMMIL | Cambodian armed forces; Cambodian army; Cambodian military; Cambodian navy; Cambodian air force; Cambodian troops; Cambodian forces; Cambodian soldiers; Khmer armed forces; Khmer army; Khmer military; Khmer navy; Khmer air force; Khmer troops; Khmer forces; Khmer soldiers; Royal Cambodian Armed Forces; RCAF
ACT.KHM.COP | KHMCOP | Cambodian police; Cambodian security forces; Khmer police; Khmer security forces
ACT.KHM.LEG | KHMLEG | Cambodian parliament; Cambodian legislature; Khmer parliament; Khmer legislature; National Assembly of Cambodia; Cambodian Senate
ACT.KHM.JUD | KHMJUD | Cambodian Supreme Court; Cambodian Constitutional Court; Cambodian judiciary; Khmer Supreme Court; Khmer Constitutional Court; Khmer judiciary
ACT.KHM.CB | KHMGOVBUS | Cambodian central bank; Khmer central bank; Central Bank of Cambodia; National Bank of Cambodia

ACT.IDN | IDN | Indonesia; Republic of Indonesia; Indonesian; Indonesians; Jakarta; Nusantara
ACT.IDN.GOV | IDNGOV | Indonesian government; Indonesian Foreign Ministry; Indonesian Ministry of Foreign Affairs; Indonesian Defence Ministry; Indonesian Defense Ministry; Indonesian Ministry of Defence; Indonesian Interior Ministry; Indonesian cabinet; Indonesian authorities; government of Indonesia; government of the Indonesia; Indonesia government; Merdeka Palace; Istana Merdeka
ACT.IDN.MIL | IDNMIL | Indonesian armed forces; Indonesian army; Indonesian military; Indonesian navy; Indonesian air force; Indonesian troops; Indonesian forces; Indonesian soldiers; Indonesian National Armed Forces; TNI
ACT.IDN.COP | IDNCOP | Indonesian police; Indonesian security forces; Indonesian National Police; Polri
ACT.IDN.LEG | IDNLEG | Indonesian parliament; Indonesian legislature; People 's Consultative Assembly; MPR; House of Representatives of Indonesia
ACT.IDN.JUD | IDNJUD | Indonesian Supreme Court; Indonesian Constitutional Court; Indonesian judiciary; Constitutional Court of Indonesia
ACT.IDN.CB | IDNGOVBUS | Indonesian central bank; Central Bank of Indonesia; Bank Indonesia

ACT.LAO | LAO | Laos; Lao People 's Democratic Republic; Lao PDR; Lao; Laotian; Laotians; Vientiane
ACT.LAO.GOV | LAOGOV | Lao government; Lao Foreign Ministry; Lao Ministry of Foreign Affairs; Lao Defence Ministry; Lao Defense Ministry; Lao Ministry of Defence; Lao Interior Ministry; Lao cabinet; Lao authorities; Laotian government; Laotian Foreign Ministry; Laotian Ministry of Foreign Affairs; Laotian Defence Ministry; Laotian Defense Ministry; Laotian Ministry of Defence; Laotian Interior Ministry; Laotian cabinet; Laotian authorities; government of Laos; government of the Laos; Laos government
ACT.LAO.MIL | LAOMIL | Lao armed forces; Lao army; Lao military; Lao navy; Lao air force; Lao troops; Lao forces; Lao soldiers; Laotian armed forces; Laotian army; Laotian military; Laotian navy; Laotian air force; Laotian troops; Laotian forces; Laotian soldiers; Lao People 's Army
ACT.LAO.COP | LAOCOP | Lao police; Lao security forces; Laotian police; Laotian security forces
ACT.LAO.LEG | LAOLEG | Lao parliament; Lao legislature; Laotian parliament; Laotian legislature; National Assembly of Laos

ACT.MYS | MYS | Malaysia; Malaysian; Malaysians; Kuala Lumpur; Putrajaya; Wisma Putra
ACT.MYS.GOV | MYSGOV | Malaysian government; Malaysian Foreign Ministry; Malaysian Ministry of Foreign Affairs; Malaysian Defence Ministry; Malaysian Defense Ministry; Malaysian Ministry of Defence; Malaysian Interior Ministry; Malaysian cabinet; Malaysian authorities; government of Malaysia; government of the Malaysia; Malaysia government; Perdana Putra
ACT.MYS.MIL | MYSMIL | Malaysian armed forces; Malaysian army; Malaysian military; Malaysian navy; Malaysian air force; Malaysian troops; Malaysian forces; Malaysian soldiers
ACT.MYS.COP | MYSCOP | Malaysian police; Malaysian security forces; Royal Malaysia Police
ACT.MYS.LEG | MYSLEG | Malaysian parliament; Malaysian legislature; Dewan Rakyat; Dewan Negara
ACT.MYS.JUD | MYSJUD | Malaysian Supreme Court; Malaysian Constitutional Court; Malaysian judiciary; Federal Court of Malaysia
ACT.MYS.CB | MYSGOVBUS | Malaysian central bank; Central Bank of Malaysia; Bank Negara Malaysia; Bank Negara

ACT.MMR | MMR | Myanmar; Burma; Republic of the Union of Myanmar; Burmese; Naypyidaw; Naypyitaw; Nay Pyi Taw; Yangon; Rangoon
ACT.MMR.GOV | MMRGOV | Myanmar government; Myanmar Foreign Ministry; Myanmar Ministry of Foreign Affairs; Myanmar Defence Ministry; Myanmar Defense Ministry; Myanmar Ministry of Defence; Myanmar Interior Ministry; Myanmar cabinet; Myanmar authorities; Burmese government; Burmese Foreign Ministry; Burmese Ministry of Foreign Affairs; Burmese Defence Ministry; Burmese Defense Ministry; Burmese Ministry of Defence; Burmese Interior Ministry; Burmese cabinet; Burmese authorities; government of Myanmar; government of the Myanmar; State Administration Council; SAC; State Security and Peace Commission
ACT.MMR.MIL | MMRMIL | Myanmar armed forces; Myanmar army; Myanmar military; Myanmar navy; Myanmar air force; Myanmar troops; Myanmar forces; Myanmar soldiers; Burmese armed forces; Burmese army; Burmese military; Burmese navy; Burmese air force; Burmese troops; Burmese forces; Burmese soldiers; Tatmadaw
ACT.MMR.COP | MMRCOP | Myanmar police; Myanmar security forces; Burmese police; Burmese security forces; Myanmar Police Force
ACT.MMR.LEG | MMRLEG | Myanmar parliament; Myanmar legislature; Burmese parliament; Burmese legislature; Pyidaungsu Hluttaw; Assembly of the Union
ACT.MMR.JUD | MMRJUD | Myanmar Supreme Court; Myanmar Constitutional Court; Myanmar judiciary; Burmese Supreme Court; Burmese Constitutional Court; Burmese judiciary
ACT.MMR.CB | MMRGOVBUS | Myanmar central bank; Burmese central bank; Central Bank of Myanmar

ACT.PHL | PHL | Philippines; Republic of the Philippines; the Philippines; Philippine; Filipino; Filipinos; Manila
ACT.PHL.GOV | PHLGOV | Philippine government; Philippine Foreign Ministry; Philippine Ministry of Foreign Affairs; Philippine Defence Ministry; Philippine Defense Ministry; Philippine Ministry of Defence; Philippine Interior Ministry; Philippine cabinet; Philippine authorities; Filipino government; Filipino Foreign Ministry; Filipino Ministry of Foreign Affairs; Filipino Defence Ministry; Filipino Defense Ministry; Filipino Ministry of Defence; Filipino Interior Ministry; Filipino cabinet; Filipino authorities; government of Philippines; government of the Philippines; Philippines government; Malacanang; Malacañang; Malacanang Palace; Department of Foreign Affairs of the Philippines
ACT.PHL.MIL | PHLMIL | Philippine armed forces; Philippine army; Philippine military; Philippine navy; Philippine air force; Philippine troops; Philippine forces; Philippine soldiers; Filipino armed forces; Filipino army; Filipino military; Filipino navy; Filipino air force; Filipino troops; Filipino forces; Filipino soldiers; Armed Forces of the Philippines; Philippine Coast Guard
ACT.PHL.COP | PHLCOP | Philippine police; Philippine security forces; Filipino police; Filipino security forces; Philippine National Police; PNP
ACT.PHL.LEG | PHLLEG | Philippine parliament; Philippine legislature; Filipino parliament; Filipino legislature; Congress of the Philippines; Philippine Senate; Philippine House of Representatives
ACT.PHL.JUD | PHLJUD | Philippine Supreme Court; Philippine Constitutional Court; Philippine judiciary; Filipino Supreme Court; Filipino Constitutional Court; Filipino judiciary; Supreme Court of the Philippines
ACT.PHL.CB | PHLGOVBUS | Philippine central bank; Filipino central bank; Central Bank of Philippines; Bangko Sentral ng Pilipinas

ACT.SGP | SGP | Singapore; Republic of Singapore; Singaporean; Singaporeans
ACT.SGP.GOV | SGPGOV | Singaporean government; Singaporean Foreign Ministry; Singaporean Ministry of Foreign Affairs; Singaporean Defence Ministry; Singaporean Defense Ministry; Singaporean Ministry of Defence; Singaporean Interior Ministry; Singaporean cabinet; Singaporean authorities; government of Singapore; government of the Singapore; Singapore government; Istana; Ministry of Foreign Affairs of Singapore
ACT.SGP.MIL | SGPMIL | Singaporean armed forces; Singaporean army; Singaporean military; Singaporean navy; Singaporean air force; Singaporean troops; Singaporean forces; Singaporean soldiers; Singapore Armed Forces
ACT.SGP.COP | SGPCOP | Singaporean police; Singaporean security forces; Singapore Police Force
ACT.SGP.LEG | SGPLEG | Singaporean parliament; Singaporean legislature; Parliament of Singapore

ACT.THA | THA | Thailand; Kingdom of Thailand; Siam; Thai; Thais; Bangkok
ACT.THA.GOV | THAGOV | Thai government; Thai Foreign Ministry; Thai Ministry of Foreign Affairs; Thai Defence Ministry; Thai Defense Ministry; Thai Ministry of Defence; Thai Interior Ministry; Thai cabinet; Thai authorities; government of Thailand; government of the Thailand; Thailand government; Government House of Thailand
ACT.THA.MIL | THAMIL | Thai armed forces; Thai army; Thai military; Thai navy; Thai air force; Thai troops; Thai forces; Thai soldiers; Royal Thai Armed Forces; Royal Thai Army; Royal Thai Navy
ACT.THA.COP | THACOP | Thai police; Thai security forces; Royal Thai Police
ACT.THA.LEG | THALEG | Thai parliament; Thai legislature; National Assembly of Thailand; Thai Senate
ACT.THA.JUD | THAJUD | Thai Supreme Court; Thai Constitutional Court; Thai judiciary; Constitutional Court of Thailand
ACT.THA.CB | THAGOVBUS | Thai central bank; Central Bank of Thailand; Bank of Thailand

ACT.TLS | TLS | East Timor; Timor-Leste; Timor Leste; Democratic Republic of Timor-Leste; Timorese; East Timorese; Dili
ACT.TLS.GOV | TLSGOV | Timorese government; Timorese Foreign Ministry; Timorese Ministry of Foreign Affairs; Timorese Defence Ministry; Timorese Defense Ministry; Timorese Ministry of Defence; Timorese Interior Ministry; Timorese cabinet; Timorese authorities; East Timorese government; East Timorese Foreign Ministry; East Timorese Ministry of Foreign Affairs; East Timorese Defence Ministry; East Timorese Defense Ministry; East Timorese Ministry of Defence; East Timorese Interior Ministry; East Timorese cabinet; East Timorese authorities; government of East Timor; government of the East Timor; East Timor government
ACT.TLS.LEG | TLSLEG | Timorese parliament; Timorese legislature; East Timorese parliament; East Timorese legislature; National Parliament of Timor-Leste

ACT.VNM | VNM | Vietnam; Viet Nam; Socialist Republic of Vietnam; Vietnamese; Hanoi; Vietnamese-led
ACT.VNM.GOV | VNMGOV | Vietnamese government; Vietnamese Foreign Ministry; Vietnamese Ministry of Foreign Affairs; Vietnamese Defence Ministry; Vietnamese Defense Ministry; Vietnamese Ministry of Defence; Vietnamese Interior Ministry; Vietnamese cabinet; Vietnamese authorities; government of Vietnam; government of the Vietnam; Vietnam government; Communist Party of Vietnam; Vietnamese Communist Party
ACT.VNM.MIL | VNMMIL | Vietnamese armed forces; Vietnamese army; Vietnamese military; Vietnamese navy; Vietnamese air force; Vietnamese troops; Vietnamese forces; Vietnamese soldiers; Vietnam People 's Army; People 's Army of Vietnam
ACT.VNM.COP | VNMCOP | Vietnamese police; Vietnamese security forces; Ministry of Public Security of Vietnam
ACT.VNM.LEG | VNMLEG | Vietnamese parliament; Vietnamese legislature; National Assembly of Vietnam; Vietnamese National Assembly
ACT.VNM.JUD | VNMJUD | Vietnamese Supreme Court; Vietnamese Constitutional Court; Vietnamese judiciary
ACT.VNM.CB | VNMGOVBUS | Vietnamese central bank; Central Bank of Vietnam; State Bank of Vietnam

# South Asia

ACT.AFG | AFG | Afghanistan; Islamic Republic of Afghanistan; Afghan; Afghans; Kabul
ACT.AFG.GOV | AFGGOV | Afghan government; Afghan Foreign Ministry; Afghan Ministry of Foreign Affairs; Afghan Defence Ministry; Afghan Defense Ministry; Afghan Ministry of Defence; Afghan Interior Ministry; Afghan cabinet; Afghan authorities; government of Afghanistan; government of the Afghanistan; Afghanistan government; Arg Presidential Palace; Arg palace; Afghanistan 's Foreign Ministry
ACT.AFG.MIL | AFGMIL | Afghan armed forces; Afghan army; Afghan military; Afghan navy; Afghan air force; Afghan troops; Afghan forces; Afghan soldiers; Afghan National Army; Afghan National Security Forces; ANSF; Afghan National Defense and Security Forces; ANDSF
ACT.AFG.COP | AFGCOP | Afghan police; Afghan security forces; Afghan National Police
ACT.AFG.LEG | AFGLEG | Afghan parliament; Afghan legislature; Wolesi Jirga; Meshrano Jirga
ACT.AFG.JUD | AFGJUD | Afghan Supreme Court; Afghan Constitutional Court; Afghan judiciary
ACT.AFG.CB | AFGGOVBUS | Afghan central bank; Central Bank of Afghanistan; Da Afghanistan Bank

ACT.BGD | BGD | Bangladesh; People 's Republic of Bangladesh; Bangladeshi; Bangladeshis; Dhaka
ACT.BGD.GOV | BGDGOV | Bangladeshi government; Bangladeshi Foreign Ministry; Bangladeshi Ministry of Foreign Affairs; Bangladeshi Defence Ministry; Bangladeshi Defense Ministry; Bangladeshi Ministry of Defence; Bangladeshi Interior Ministry; Bangladeshi cabinet; Bangladeshi authorities; government of Bangladesh; government of the Bangladesh; Bangladesh government; Bangabhaban; Ganabhaban; interim government of Bangladesh
ACT.BGD.MIL | BGDMIL | Bangladeshi armed forces; Bangladeshi army; Bangladeshi military; Bangladeshi navy; Bangladeshi air force; Bangladeshi troops; Bangladeshi forces; Bangladeshi soldiers; Bangladesh Army; Bangladesh Armed Forces
ACT.BGD.COP | BGDCOP | Bangladeshi police; Bangladeshi security forces; Rapid Action Battalion; RAB; Bangladesh Police
ACT.BGD.LEG | BGDLEG | Bangladeshi parliament; Bangladeshi legislature; Jatiya Sangsad; Parliament of Bangladesh
ACT.BGD.JUD | BGDJUD | Bangladeshi Supreme Court; Bangladeshi Constitutional Court; Bangladeshi judiciary
ACT.BGD.CB | BGDGOVBUS | Bangladeshi central bank; Central Bank of Bangladesh; Bangladesh Bank

ACT.BTN | BTN | Bhutan; Kingdom of Bhutan; Bhutanese; Thimphu
ACT.BTN.GOV | BTNGOV | Bhutanese government; Bhutanese Foreign Ministry; Bhutanese Ministry of Foreign Affairs; Bhutanese Defence Ministry; Bhutanese Defense Ministry; Bhutanese Ministry of Defence; Bhutanese Interior Ministry; Bhutanese cabinet; Bhutanese authorities; government of Bhutan; government of the Bhutan; Bhutan government
ACT.BTN.LEG | BTNLEG | Bhutanese parliament; Bhutanese legislature; Parliament of Bhutan

ACT.IND | IND | India; Republic of India; Bharat; Indian; Indians; New Delhi; Delhi
ACT.IND.GOV | INDGOV | Indian government; Indian Foreign Ministry; Indian Ministry of Foreign Affairs; Indian Defence Ministry; Indian Defense Ministry; Indian Ministry of Defence; Indian Interior Ministry; Indian cabinet; Indian authorities; government of India; government of the India; India government; South Block; Ministry of External Affairs; MEA; Rashtrapati Bhavan; Prime Minister 's Office of India; Modi government
ACT.IND.MIL | INDMIL | Indian armed forces; Indian army; Indian military; Indian navy; Indian air force; Indian troops; Indian forces; Indian soldiers
ACT.IND.COP | INDCOP | Indian police; Indian security forces; Central Reserve Police Force; CRPF; Border Security Force; BSF; National Investigation Agency
ACT.IND.LEG | INDLEG | Indian parliament; Indian legislature; Lok Sabha; Rajya Sabha; Parliament of India
ACT.IND.JUD | INDJUD | Indian Supreme Court; Indian Constitutional Court; Indian judiciary; Supreme Court of India
ACT.IND.CB | INDGOVBUS | Indian central bank; Central Bank of India; Reserve Bank of India; RBI

ACT.MDV | MDV | Maldives; Republic of Maldives; Maldivian; Maldivians; Malé
ACT.MDV.GOV | MDVGOV | Maldivian government; Maldivian Foreign Ministry; Maldivian Ministry of Foreign Affairs; Maldivian Defence Ministry; Maldivian Defense Ministry; Maldivian Ministry of Defence; Maldivian Interior Ministry; Maldivian cabinet; Maldivian authorities; government of Maldives; government of the Maldives; Maldives government
ACT.MDV.LEG | MDVLEG | Maldivian parliament; Maldivian legislature; People 's Majlis

ACT.NPL | NPL | Nepal; Federal Democratic Republic of Nepal; Nepali; Nepalese; Nepalis; Kathmandu
ACT.NPL.GOV | NPLGOV | Nepali government; Nepali Foreign Ministry; Nepali Ministry of Foreign Affairs; Nepali Defence Ministry; Nepali Defense Ministry; Nepali Ministry of Defence; Nepali Interior Ministry; Nepali cabinet; Nepali authorities; Nepalese government; Nepalese Foreign Ministry; Nepalese Ministry of Foreign Affairs; Nepalese Defence Ministry; Nepalese Defense Ministry; Nepalese Ministry of Defence; Nepalese Interior Ministry; Nepalese cabinet; Nepalese authorities; government of Nepal; government of the Nepal; Nepal government; Singha Durbar
ACT.NPL.MIL | NPLMIL | Nepali armed forces; Nepali army; Nepali military; Nepali navy; Nepali air force; Nepali troops; Nepali forces; Nepali soldiers; Nepalese armed forces; Nepalese army; Nepalese military; Nepalese navy; Nepalese air force; Nepalese troops; Nepalese forces; Nepalese soldiers; Nepal Army
ACT.NPL.COP | NPLCOP | Nepali police; Nepali security forces; Nepalese police; Nepalese security forces; Nepal Police
ACT.NPL.LEG | NPLLEG | Nepali parliament; Nepali legislature; Nepalese parliament; Nepalese legislature; Parliament of Nepal; House of Representatives of Nepal
ACT.NPL.JUD | NPLJUD | Nepali Supreme Court; Nepali Constitutional Court; Nepali judiciary; Nepalese Supreme Court; Nepalese Constitutional Court; Nepalese judiciary
ACT.NPL.CB | NPLGOVBUS | Nepali central bank; Nepalese central bank; Central Bank of Nepal; Nepal Rastra Bank

ACT.PAK | PAK | Pakistan; Islamic Republic of Pakistan; Pakistani; Pakistanis; Islamabad; Rawalpindi
ACT.PAK.GOV | PAKGOV | Pakistani government; Pakistani Foreign Ministry; Pakistani Ministry of Foreign Affairs; Pakistani Defence Ministry; Pakistani Defense Ministry; Pakistani Ministry of Defence; Pakistani Interior Ministry; Pakistani cabinet; Pakistani authorities; government of Pakistan; government of the Pakistan; Pakistan government; Foreign Office of Pakistan; Pakistan Foreign Office; Pakistani Foreign Office; Prime Minister 's Office of Pakistan
ACT.PAK.MIL | PAKMIL | Pakistani armed forces; Pakistani army; Pakistani military; Pakistani navy; Pakistani air force; Pakistani troops; Pakistani forces; Pakistani soldiers; Pakistan Army; Pakistan Armed Forces; Pakistan Air Force; Pakistan Navy; Inter-Services Public Relations; ISPR
ACT.PAK.COP | PAKCOP | Pakistani police; Pakistani security forces; Frontier Corps
ACT.PAK.LEG | PAKLEG | Pakistani parliament; Pakistani legislature; National Assembly of Pakistan; Pakistani National Assembly; Senate of Pakistan
ACT.PAK.JUD | PAKJUD | Pakistani Supreme Court; Pakistani Constitutional Court; Pakistani judiciary; Supreme Court of Pakistan
ACT.PAK.CB | PAKGOVBUS | Pakistani central bank; Central Bank of Pakistan; State Bank of Pakistan; SBP

ACT.LKA | LKA | Sri Lanka; Democratic Socialist Republic of Sri Lanka; Ceylon; Sri Lankan; Sri Lankans; Colombo; Sri Jayawardenepura Kotte
ACT.LKA.GOV | LKAGOV | Sri Lankan government; Sri Lankan Foreign Ministry; Sri Lankan Ministry of Foreign Affairs; Sri Lankan Defence Ministry; Sri Lankan Defense Ministry; Sri Lankan Ministry of Defence; Sri Lankan Interior Ministry; Sri Lankan cabinet; Sri Lankan authorities; government of Sri Lanka; government of the Sri Lanka; Sri Lanka government
ACT.LKA.MIL | LKAMIL | Sri Lankan armed forces; Sri Lankan army; Sri Lankan military; Sri Lankan navy; Sri Lankan air force; Sri Lankan troops; Sri Lankan forces; Sri Lankan soldiers; Sri Lanka Army
ACT.LKA.COP | LKACOP | Sri Lankan police; Sri Lankan security forces; Sri Lanka Police
ACT.LKA.LEG | LKALEG | Sri Lankan parliament; Sri Lankan legislature; Parliament of Sri Lanka
ACT.LKA.JUD | LKAJUD | Sri Lankan Supreme Court; Sri Lankan Constitutional Court; Sri Lankan judiciary
ACT.LKA.CB | LKAGOVBUS | Sri Lankan central bank; Central Bank of Sri Lanka

# Central Asia and the Caucasus

ACT.KAZ | KAZ | Kazakhstan; Republic of Kazakhstan; Kazakh; Kazakhstani; Kazakhs; Kazakhstanis; Astana; Nur-Sultan; Almaty
ACT.KAZ.GOV | KAZGOV | Kazakh government; Kazakh Foreign Ministry; Kazakh Ministry of Foreign Affairs; Kazakh Defence Ministry; Kazakh Defense Ministry; Kazakh Ministry of Defence; Kazakh Interior Ministry; Kazakh cabinet; Kazakh authorities; Kazakhstani government; Kazakhstani Foreign Ministry; Kazakhstani Ministry of Foreign Affairs; Kazakhstani Defence Ministry; Kazakhstani Defense Ministry; Kazakhstani Ministry of Defence; Kazakhstani Interior Ministry; Kazakhstani cabinet; Kazakhstani authorities; government of Kazakhstan; government of the Kazakhstan; Kazakhstan government; Akorda
ACT.KAZ.MIL | KAZMIL | Kazakh armed forces; Kazakh army; Kazakh military; Kazakh navy; Kazakh air force; Kazakh troops; Kazakh forces; Kazakh soldiers; Kazakhstani armed forces; Kazakhstani army; Kazakhstani military; Kazakhstani navy; Kazakhstani air force; Kazakhstani troops; Kazakhstani forces; Kazakhstani soldiers
ACT.KAZ.COP | KAZCOP | Kazakh police; Kazakh security forces; Kazakhstani police; Kazakhstani security forces
ACT.KAZ.LEG | KAZLEG | Kazakh parliament; Kazakh legislature; Kazakhstani parliament; Kazakhstani legislature; Parliament of Kazakhstan; Mazhilis; Mazhilis of Kazakhstan
ACT.KAZ.JUD | KAZJUD | Kazakh Supreme Court; Kazakh Constitutional Court; Kazakh judiciary; Kazakhstani Supreme Court; Kazakhstani Constitutional Court; Kazakhstani judiciary
ACT.KAZ.CB | KAZGOVBUS | Kazakh central bank; Kazakhstani central bank; Central Bank of Kazakhstan; National Bank of Kazakhstan

ACT.KGZ | KGZ | Kyrgyzstan; Kyrgyz Republic; Kyrgyz; Bishkek
ACT.KGZ.GOV | KGZGOV | Kyrgyz government; Kyrgyz Foreign Ministry; Kyrgyz Ministry of Foreign Affairs; Kyrgyz Defence Ministry; Kyrgyz Defense Ministry; Kyrgyz Ministry of Defence; Kyrgyz Interior Ministry; Kyrgyz cabinet; Kyrgyz authorities; government of Kyrgyzstan; government of the Kyrgyzstan; Kyrgyzstan government
ACT.KGZ.MIL | KGZMIL | Kyrgyz armed forces; Kyrgyz army; Kyrgyz military; Kyrgyz navy; Kyrgyz air force; Kyrgyz troops; Kyrgyz forces; Kyrgyz soldiers
ACT.KGZ.COP | KGZCOP | Kyrgyz police; Kyrgyz security forces
ACT.KGZ.LEG | KGZLEG | Kyrgyz parliament; Kyrgyz legislature; Jogorku Kenesh

ACT.TJK | TJK | Tajikistan; Republic of Tajikistan; Tajik; Tajiks; Dushanbe
ACT.TJK.GOV | TJKGOV | Tajik government; Tajik Foreign Ministry; Tajik Ministry of Foreign Affairs; Tajik Defence Ministry; Tajik Defense Ministry; Tajik Ministry of Defence; Tajik Interior Ministry; Tajik cabinet; Tajik authorities; government of Tajikistan; government of the Tajikistan; Tajikistan government
ACT.TJK.MIL | TJKMIL | Tajik armed forces; Tajik army; Tajik military; Tajik navy; Tajik air force; Tajik troops; Tajik forces; Tajik soldiers
ACT.TJK.COP | TJKCOP | Tajik police; Tajik security forces
ACT.TJK.LEG | TJKLEG | Tajik parliament; Tajik legislature; Majlisi Oli

ACT.TKM | TKM | Turkmenistan; Turkmen; Ashgabat
ACT.TKM.GOV | TKMGOV | Turkmen government; Turkmen Foreign Ministry; Turkmen Ministry of Foreign Affairs; Turkmen Defence Ministry; Turkmen Defense Ministry; Turkmen Ministry of Defence; Turkmen Interior Ministry; Turkmen cabinet; Turkmen authorities; government of Turkmenistan; government of the Turkmenistan; Turkmenistan government
ACT.TKM.MIL | TKMMIL | Turkmen armed forces; Turkmen army; Turkmen military; Turkmen navy; Turkmen air force; Turkmen troops; Turkmen forces; Turkmen soldiers
ACT.TKM.COP | TKMCOP | Turkmen police; Turkmen security forces
ACT.TKM.LEG | TKMLEG | Turkmen parliament; Turkmen legislature; Mejlis of Turkmenistan

ACT.UZB | UZB | Uzbekistan; Republic of Uzbekistan; Uzbek; Uzbeks; Tashkent
ACT.UZB.GOV | UZBGOV | Uzbek government; Uzbek Foreign Ministry; Uzbek Ministry of Foreign Affairs; Uzbek Defence Ministry; Uzbek Defense Ministry; Uzbek Ministry of Defence; Uzbek Interior Ministry; Uzbek cabinet; Uzbek authorities; government of Uzbekistan; government of the Uzbekistan; Uzbekistan government
ACT.UZB.MIL | UZBMIL | Uzbek armed forces; Uzbek army; Uzbek military; Uzbek navy; Uzbek air force; Uzbek troops; Uzbek forces; Uzbek soldiers
ACT.UZB.COP | UZBCOP | Uzbek police; Uzbek security forces
ACT.UZB.LEG | UZBLEG | Uzbek parliament; Uzbek legislature; Oliy Majlis
ACT.UZB.JUD | UZBJUD | Uzbek Supreme Court; Uzbek Constitutional Court; Uzbek judiciary
ACT.UZB.CB | UZBGOVBUS | Uzbek central bank; Central Bank of Uzbekistan

ACT.ARM | ARM | Armenia; Republic of Armenia; Armenian; Armenians; Yerevan
ACT.ARM.GOV | ARMGOV | Armenian government; Armenian Foreign Ministry; Armenian Ministry of Foreign Affairs; Armenian Defence Ministry; Armenian Defense Ministry; Armenian Ministry of Defence; Armenian Interior Ministry; Armenian cabinet; Armenian authorities; government of Armenia; government of the Armenia; Armenia government
ACT.ARM.MIL | ARMMIL | Armenian armed forces; Armenian army; Armenian military; Armenian navy; Armenian air force; Armenian troops; Armenian forces; Armenian soldiers
ACT.ARM.COP | ARMCOP | Armenian police; Armenian security forces
ACT.ARM.LEG | ARMLEG | Armenian parliament; Armenian legislature; National Assembly of Armenia; Armenian National Assembly
ACT.ARM.JUD | ARMJUD | Armenian Supreme Court; Armenian Constitutional Court; Armenian judiciary
ACT.ARM.CB | ARMGOVBUS | Armenian central bank; Central Bank of Armenia

ACT.AZE | AZE | Azerbaijan; Republic of Azerbaijan; Azerbaijani; Azeri; Azerbaijanis; Azeris; Baku
ACT.AZE.GOV | AZEGOV | Azerbaijani government; Azerbaijani Foreign Ministry; Azerbaijani Ministry of Foreign Affairs; Azerbaijani Defence Ministry; Azerbaijani Defense Ministry; Azerbaijani Ministry of Defence; Azerbaijani Interior Ministry; Azerbaijani cabinet; Azerbaijani authorities; Azeri government; Azeri Foreign Ministry; Azeri Ministry of Foreign Affairs; Azeri Defence Ministry; Azeri Defense Ministry; Azeri Ministry of Defence; Azeri Interior Ministry; Azeri cabinet; Azeri authorities; government of Azerbaijan; government of the Azerbaijan; Azerbaijan government
ACT.AZE.MIL | AZEMIL | Azerbaijani armed forces; Azerbaijani army; Azerbaijani military; Azerbaijani navy; Azerbaijani air force; Azerbaijani troops; Azerbaijani forces; Azerbaijani soldiers; Azeri armed forces; Azeri army; Azeri military; Azeri navy; Azeri air force; Azeri troops; Azeri forces; Azeri soldiers
ACT.AZE.COP | AZECOP | Azerbaijani police; Azerbaijani security forces; Azeri police; Azeri security forces
ACT.AZE.LEG | AZELEG | Azerbaijani parliament; Azerbaijani legislature; Azeri parliament; Azeri legislature; Milli Majlis
ACT.AZE.JUD | AZEJUD | Azerbaijani Supreme Court; Azerbaijani Constitutional Court; Azerbaijani judiciary; Azeri Supreme Court; Azeri Constitutional Court; Azeri judiciary
ACT.AZE.CB | AZEGOVBUS | Azerbaijani central bank; Azeri central bank; Central Bank of Azerbaijan

ACT.GEO | GEO | Georgia; Republic of Georgia; Georgian; Georgians; Tbilisi
ACT.GEO.GOV | GEOGOV | Georgian government; Georgian Foreign Ministry; Georgian Ministry of Foreign Affairs; Georgian Defence Ministry; Georgian Defense Ministry; Georgian Ministry of Defence; Georgian Interior Ministry; Georgian cabinet; Georgian authorities; government of Georgia; government of the Georgia; Georgia government; Georgian Dream government
ACT.GEO.MIL | GEOMIL | Georgian armed forces; Georgian army; Georgian military; Georgian navy; Georgian air force; Georgian troops; Georgian forces; Georgian soldiers; Georgian Defence Forces
ACT.GEO.COP | GEOCOP | Georgian police; Georgian security forces
ACT.GEO.LEG | GEOLEG | Georgian parliament; Georgian legislature; Parliament of Georgia
ACT.GEO.JUD | GEOJUD | Georgian Supreme Court; Georgian Constitutional Court; Georgian judiciary
ACT.GEO.CB | GEOGOVBUS | Georgian central bank; Central Bank of Georgia; National Bank of Georgia
