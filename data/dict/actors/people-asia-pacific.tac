@kind actors
# People of Asia and the Pacific: China, Taiwan, Hong Kong, Japan, the Koreas,
# South Asia (incl. Afghanistan), Southeast Asia, Central Asia, Oceania.
# Taliban office holders are AFGGOV from the takeover on 2021-08-15 (the
# caretaker cabinet was named on 2021-09-07) and AFGREB before it.

# ---------------------------------------------------------------- China
ACT.CHN.XI           | CHNGOV 2012-11-15..; CHNGOV | Xi Jinping; President Xi; Xi
ACT.CHN.LIQIANG      | CHNGOV 2023-03-11..; CHNGOV | Li Qiang; Premier Li Qiang
ACT.CHN.LIKEQIANG    | CHNGOV 2013-03-15..2023-03-11; CHNELI 2023-03-11..2023-10-27; CHNELI | Li Keqiang
ACT.CHN.WANGYI       | CHNGOV | Wang Yi; Foreign Minister Wang Yi
ACT.CHN.QINGANG      | CHNGOV 2022-12-30..2023-07-25; CHNELI | Qin Gang
ACT.CHN.DONGJUN      | CHNGOV 2023-12-29..; CHNGOV | Dong Jun; Admiral Dong Jun
ACT.CHN.LISHANGFU    | CHNGOV 2023-03-12..2023-10-24; CHNELI | Li Shangfu
ACT.CHN.WEIFENGHE    | CHNGOV 2018-03-19..2023-03-12; CHNELI | Wei Fenghe
ACT.CHN.HANZHENG     | CHNGOV 2023-03-10..; CHNGOV | Han Zheng
ACT.CHN.ZHAOLEJI     | CHNLEG 2023-03-10..; CHNLEG | Zhao Leji
ACT.CHN.WANGHUNING   | CHNLEG 2023-03-10..; CHNLEG | Wang Huning
ACT.CHN.CAIQI        | CHNGOV | Cai Qi
ACT.CHN.DINGXUEXIANG | CHNGOV | Ding Xuexiang
ACT.CHN.HELIFENG     | CHNGOV | He Lifeng
ACT.CHN.WANGWENTAO   | CHNGOV | Wang Wentao
ACT.CHN.LIUJIANCHAO  | CHNGOV | Liu Jianchao
ACT.CHN.SPOKES       | CHNGOV | Mao Ning; Lin Jian; Guo Jiakun; Wang Wenbin; Zhao Lijian; Hua Chunying; Zhu Fenglian; Chen Binhua
ACT.CHN.MILSPOKES    | CHNMIL | Wu Qian; Zhang Xiaogang; Jiang Bin; Zhang Youxia; He Weidong; Liu Zhenli; Zhang Shengmin
ACT.CHN.FUCONG       | CHNGOV | Fu Cong
ACT.CHN.ZHANGJUN     | CHNGOV ..2024-06-01; CHNELI | Zhang Jun
ACT.CHN.XIEFENG      | CHNGOV | Xie Feng
ACT.CHN.ZHANGHANHUI  | CHNGOV | Zhang Hanhui
ACT.CHN.ZHAIJUN      | CHNGOV | Zhai Jun
ACT.CHN.PAN          | CHNGOVBUS 2023-07-25..; CHNGOVBUS | Pan Gongsheng
ACT.CHN.YIGANG       | CHNGOVBUS ..2023-07-25; CHNELI | Yi Gang
ACT.CHN.DALAILAMA    | CHNREL | Dalai Lama; 14th Dalai Lama; Tenzin Gyatso

# ---------------------------------------------------------------- Taiwan and Hong Kong
ACT.TWN.LAI          | TWNGOV 2017-09-08..; TWNGOV | Lai Ching-te; William Lai; Lai Ching-teh
ACT.TWN.TSAI         | TWNGOV 2016-05-20..2024-05-20; TWNELI 2024-05-20..; TWNGOV | Tsai Ing-wen
ACT.TWN.LINCHIALUNG  | TWNGOV 2024-05-20..; TWNGOV | Lin Chia-lung
ACT.TWN.JOSEPHWU     | TWNGOV | Joseph Wu
ACT.TWN.KOO          | TWNGOV 2024-05-20..; TWNGOV | Wellington Koo
ACT.TWN.CHO          | TWNGOV 2024-05-20..; TWNGOV | Cho Jung-tai
ACT.TWN.HSIAO        | TWNGOV 2024-05-20..; TWNGOV | Hsiao Bi-khim
ACT.TWN.HAN          | TWNLEG 2024-02-01..; TWNLEG | Han Kuo-yu
ACT.TWN.KMT          | TWNOPP | Kuomintang; KMT; Nationalist Party of Taiwan; Eric Chu; Cheng Li-wun; Ko Wen-je; Taiwan People 's Party
ACT.HKG.JOHNLEE      | HKGGOV 2022-07-01..; HKGGOV | John Lee Ka-chiu; Hong Kong leader John Lee; Chief Executive John Lee
ACT.HKG.LAM          | HKGGOV ..2022-07-01; HKGELI | Carrie Lam
ACT.HKG.JIMMYLAI     | HKGMED | Jimmy Lai; Jimmy Lai Chee-ying

# ---------------------------------------------------------------- Japan
ACT.JPN.TAKAICHI     | JPNGOV 2025-10-21..; JPNGOV | Sanae Takaichi; Takaichi
ACT.JPN.ISHIBA       | JPNGOV 2024-10-01..2025-10-21; JPNLEG 2025-10-21..; JPNGOV | Shigeru Ishiba; Ishiba
ACT.JPN.KISHIDA      | JPNGOV 2012-12-26..2017-08-03; JPNGOV 2021-10-04..2024-10-01; JPNLEG 2024-10-01..; JPNGOV | Fumio Kishida; Kishida
ACT.JPN.ABE          | JPNGOV 2012-12-26..2020-09-16; JPNELI 2020-09-16..2022-07-08; JPNELI | Shinzo Abe
ACT.JPN.IWAYA        | JPNGOV 2024-10-01..2025-10-21; JPNELI | Takeshi Iwaya; Iwaya
ACT.JPN.MOTEGI       | JPNGOV 2025-10-21..; JPNGOV | Toshimitsu Motegi; Motegi
ACT.JPN.KAMIKAWA     | JPNGOV 2023-09-13..2024-10-01; JPNELI | Yoko Kamikawa
ACT.JPN.HAYASHI      | JPNGOV 2021-11-10..2025-10-21; JPNELI | Yoshimasa Hayashi
ACT.JPN.NAKATANI     | JPNGOV 2024-10-01..2025-10-21; JPNELI | Gen Nakatani
ACT.JPN.KOIZUMI      | JPNGOV 2025-10-21..; JPNGOV | Shinjiro Koizumi
ACT.JPN.KIHARA       | JPNGOV 2023-09-13..; JPNGOV | Minoru Kihara
ACT.JPN.UEDA         | JPNGOVBUS 2023-04-09..; JPNGOVBUS | Kazuo Ueda
ACT.JPN.NARUHITO     | JPNGOV 2019-05-01..; JPNGOV | Emperor Naruhito; Naruhito
ACT.JPN.NODA         | JPNOPP | Yoshihiko Noda

# ---------------------------------------------------------------- Korean Peninsula
ACT.KOR.LEEJM        | KOROPP ..2025-06-04; KORGOV 2025-06-04.. | Lee Jae-myung; Lee Jae Myung; President Lee Jae-myung
ACT.KOR.YOON         | KORGOV 2022-05-10..2025-04-04; KORELI 2025-04-04..; KORGOV | Yoon Suk Yeol; Yoon Suk-yeol; Yoon
ACT.KOR.HANDS        | KORGOV ..2025-05-02; KORELI | Han Duck-soo; Han Duck Soo
ACT.KOR.CHOISM       | KORGOV ..2025-05-02; KORELI | Choi Sang-mok
ACT.KOR.KIMMS        | KORGOV 2025-07-03..; KORGOV | Kim Min-seok
ACT.KOR.CHOTY        | KORGOV 2024-01-11..2025-06-04; KORELI | Cho Tae-yul
ACT.KOR.CHOHYUN      | KORGOV 2025-07-19..; KORGOV | Cho Hyun
ACT.KOR.AHNGB        | KORGOV 2025-07-25..; KORGOV | Ahn Gyu-back
ACT.KOR.KIMYH        | KORGOV 2024-09-06..2024-12-05; KORELI 2024-12-05..; KORGOV | Kim Yong-hyun
ACT.KOR.WISL         | KORGOV 2025-06-04..; KORGOV | Wi Sung-lac
ACT.KOR.CHUNGDY      | KORGOV 2025-07-25..; KORGOV | Chung Dong-young
ACT.KOR.RHEE         | KORGOVBUS 2022-04-21..; KORGOVBUS | Rhee Chang-yong
ACT.PRK.KIMJONGUN    | PRKGOV 2011-12-17..; PRKGOV | Kim Jong Un; Kim Jong-un
ACT.PRK.KIMYOJONG    | PRKGOV | Kim Yo Jong; Kim Yo-jong
ACT.PRK.CHOE         | PRKGOV | Choe Son Hui; Choe Son-hui
ACT.PRK.PAK          | PRKGOV | Pak Thae Song; Kim Tok Hun; Pak Jong Chon
ACT.PRK.NOKWANGCHOL  | PRKMIL | No Kwang Chol; Ri Yong Gil
ACT.PRK.KIMSONG      | PRKGOV | Kim Song

# ---------------------------------------------------------------- India
ACT.IND.MODI         | INDGOV 2001-10-07..; INDGOV | Narendra Modi; Modi; Prime Minister Modi
ACT.IND.MURMU        | INDGOV 2022-07-25..; INDGOV | Droupadi Murmu; Murmu
ACT.IND.JAISHANKAR   | INDGOV 2015-01-29..; INDGOV | Subrahmanyam Jaishankar; S. Jaishankar; S Jaishankar; Jaishankar
ACT.IND.RAJNATH      | INDGOV 2014-05-26..; INDGOV | Rajnath Singh
ACT.IND.SHAH         | INDGOV 2019-05-30..; INDGOV | Amit Shah
ACT.IND.DOVAL        | INDGOV 2014-05-30..; INDGOV | Ajit Doval; Doval
ACT.IND.MISRI        | INDGOV | Vikram Misri; Misri
ACT.IND.JAISWAL      | INDGOV | Randhir Jaiswal
ACT.IND.SITHARAMAN   | INDGOV | Nirmala Sitharaman
ACT.IND.GOYAL        | INDGOV | Piyush Goyal
ACT.IND.MALHOTRA     | INDGOVBUS 2024-12-11..; INDGOVBUS | Sanjay Malhotra
ACT.IND.DAS          | INDGOVBUS 2018-12-12..2024-12-11; INDELI | Shaktikanta Das
ACT.IND.DWIVEDI      | INDMIL 2024-06-30..; INDMIL | Upendra Dwivedi
ACT.IND.CHAUHAN      | INDMIL 2022-09-30..; INDMIL | Anil Chauhan
ACT.IND.RGANDHI      | INDOPP | Rahul Gandhi
ACT.IND.KHARGE       | INDOPP | Mallikarjun Kharge; Kharge
ACT.IND.CONGRESS     | INDOPP 2014-05-26..; INDOPP | Indian National Congress; Congress party
ACT.IND.BJP          | INDGOV 2014-05-26..; INDGOV | Bharatiya Janata Party; BJP
ACT.IND.OMAR         | INDGOV 2024-10-16..; INDGOV | Omar Abdullah
ACT.IND.BANERJEE     | INDGOV | Mamata Banerjee
ACT.IND.OWAISI       | INDOPP | Asaduddin Owaisi

# ---------------------------------------------------------------- Pakistan
ACT.PAK.SHEHBAZ      | PAKGOV 2022-04-11..2023-08-14; PAKLEG 2023-08-14..2024-03-04; PAKGOV 2024-03-04..; PAKGOV | Shehbaz Sharif; Shahbaz Sharif; Shehbaz
ACT.PAK.NAWAZ        | PAKGOV 1990-11-06..1993-07-18; PAKOPP 1993-07-18..1997-02-17; PAKGOV 1997-02-17..1999-10-12; PAKOPP 1999-10-12..2013-06-05; PAKGOV 2013-06-05..2017-07-28; PAKELI 2017-07-28..; PAKGOV | Nawaz Sharif
ACT.PAK.MARYAM       | PAKGOV 2024-02-26..; PAKGOV | Maryam Nawaz; Maryam Nawaz Sharif
ACT.PAK.ZARDARI      | PAKGOV 2024-03-10..; PAKGOV | Asif Ali Zardari; Zardari
ACT.PAK.DAR          | PAKGOV | Ishaq Dar
ACT.PAK.KHAWAJAASIF  | PAKGOV | Khawaja Asif; Khawaja Muhammad Asif
ACT.PAK.NAQVI        | PAKGOV 2024-03-11..; PAKGOV | Mohsin Naqvi
ACT.PAK.MUNIR        | PAKMIL 2022-11-29..; PAKMIL | Asim Munir; Syed Asim Munir; Field Marshal Asim Munir; General Asim Munir
ACT.PAK.CHAUDHRY     | PAKMIL 2022-12-01..; PAKMIL | Ahmed Sharif Chaudhry
ACT.PAK.IMRAN        | PAKGOV 2018-08-18..2022-04-10; PAKOPP 2022-04-10..; PAKGOV | Imran Khan; Imran Ahmed Khan Niazi
ACT.PAK.PTI          | PAKGOV 2018-08-18..2022-04-10; PAKOPP 2022-04-10..; PAKGOV | Pakistan Tehreek-e-Insaf; Pakistan Tehreek-i-Insaf; PTI
ACT.PAK.PMLN         | PAKGOV 2024-03-04..; PAKGOV | Pakistan Muslim League-Nawaz; PML-N
ACT.PAK.BILAWAL      | PAKGOV 2022-04-27..2023-08-10; PAKLEG 2023-08-10..; PAKGOV | Bilawal Bhutto Zardari; Bilawal Bhutto; Bilawal
ACT.PAK.KAKAR        | PAKGOV 2023-08-14..2024-03-04; PAKELI | Anwaar-ul-Haq Kakar; Anwar-ul-Haq Kakar
ACT.PAK.ALVI         | PAKGOV 2018-09-09..2024-03-10; PAKELI | Arif Alvi
ACT.PAK.SPOKES       | PAKGOV | Mumtaz Zahra Baloch; Shafqat Ali Khan
ACT.PAK.AHMED        | PAKGOVBUS 2022-08-25..; PAKGOVBUS | Jameel Ahmad; Jameel Ahmed
ACT.PAK.ISI          | PAKSPY | Inter-Services Intelligence; ISI; Asim Malik

# ---------------------------------------------------------------- Afghanistan
ACT.AFG.AKHUNDZADA   | AFGREB ..2021-08-15; AFGGOV 2021-08-15.. | Hibatullah Akhundzada; Haibatullah Akhundzada; Mullah Hibatullah Akhundzada; Hibatullah; Akhundzada
ACT.AFG.HASANAKHUND  | AFGREB ..2021-08-15; AFGGOV 2021-08-15.. | Mohammad Hasan Akhund; Mullah Mohammad Hassan Akhund; Hasan Akhund
ACT.AFG.MUTTAQI      | AFGREB ..2021-08-15; AFGGOV 2021-08-15.. | Amir Khan Muttaqi; Amir Khan Mottaki; Muttaqi; Mottaki
ACT.AFG.SHAQAQI      | AFGREB ..2021-08-15; AFGGOV 2021-08-15.. | Sirajuddin Haqqani; Siraj Haqqani
ACT.AFG.YAQOOB       | AFGREB ..2021-08-15; AFGGOV 2021-08-15.. | Mullah Mohammad Yaqoob; Mohammad Yaqoob Mujahid; Mullah Yaqoob; Mullah Yaqub
ACT.AFG.BARADAR      | AFGREB ..2021-08-15; AFGGOV 2021-08-15.. | Abdul Ghani Baradar; Mullah Baradar; Baradar
ACT.AFG.MUJAHID      | AFGREB ..2021-08-15; AFGGOV 2021-08-15.. | Zabihullah Mujahid; Zabiullah Mujahid
ACT.AFG.SHAHEEN      | AFGREB ..2021-08-15; AFGGOV 2021-08-15.. | Suhail Shaheen; Sohail Shaheen
ACT.AFG.HANAFI       | AFGREB ..2021-08-15; AFGGOV 2021-08-15.. | Abdul Salam Hanafi
ACT.AFG.STANIKZAI    | AFGREB ..2021-08-15; AFGGOV 2021-08-15..2025-01-20; AFGOPP 2025-01-20.. | Sher Mohammad Abbas Stanikzai; Abbas Stanikzai; Stanikzai
ACT.AFG.BALKHI       | AFGGOV 2021-08-15..; AFGGOV | Abdul Qahar Balkhi; Hafiz Zia Ahmad; Zia Ahmad Takal
ACT.AFG.FITRAT       | AFGGOV 2021-08-15..; AFGGOV | Hamdullah Fitrat; Bilal Karimi; Inamullah Samangani
ACT.AFG.NADEEM       | AFGGOV 2021-08-15..; AFGGOV | Nida Mohammad Nadim; Neda Mohammad Nadeem; Khalid Hanafi; Mohammad Khalid Hanafi; Noor Mohammad Saqib; Nooruddin Azizi; Abdul Kabir; Mohammad Nabi Omari
ACT.AFG.GHANI        | AFGGOV 2014-09-29..2021-08-15; AFGELI 2021-08-15..; AFGGOV | Ashraf Ghani; Mohammad Ashraf Ghani
ACT.AFG.KARZAI       | AFGGOV 2001-12-22..2014-09-29; AFGELI 2014-09-29..; AFGGOV | Hamid Karzai; Karzai
ACT.AFG.ABDULLAH     | AFGGOV 2014-09-29..2021-08-15; AFGELI 2021-08-15..; AFGGOV | Abdullah Abdullah
ACT.AFG.SALEH        | AFGGOV ..2021-08-15; AFGREB 2021-08-15.. | Amrullah Saleh
ACT.AFG.MASSOUD      | AFGREB 2021-08-15..; AFGREB | Ahmad Massoud
ACT.AFG.ISKLEADER    | AFGREB | Sanaullah Ghafari; Shahab al-Muhajir
ACT.USA.KHALILZAD    | USAGOV ..2021-10-18; USAELI 2021-10-18.. | Zalmay Khalilzad; Khalilzad
ACT.IGO.OTUNBAYEVA   | IGOUNO 2022-09-01..; IGOUNO | Roza Otunbayeva; Otunbayeva
ACT.IGO.RBENNETT     | IGOUNOHRIHCH 2022-05-01..; IGOUNOHRIHCH | Richard Bennett; UN rapporteur Richard Bennett

# ---------------------------------------------------------------- Bangladesh, Sri Lanka, Nepal, Maldives
ACT.BGD.YUNUS        | BGDGOV 2024-08-08..; BGDGOV | Muhammad Yunus; Mohammad Yunus; Yunus
ACT.BGD.HASINA       | BGDGOV 2009-01-06..2024-08-05; BGDELI 2024-08-05..; BGDGOV | Sheikh Hasina; Sheikh Hasina Wajed; Hasina
ACT.BGD.AWAMI        | BGDGOV 2009-01-06..2024-08-05; BGDOPP 2024-08-05..; BGDGOV | Awami League
ACT.BGD.BNP          | BGDOPP | Bangladesh Nationalist Party; Khaleda Zia; Tarique Rahman; Mirza Fakhrul Islam Alamgir
ACT.BGD.TOUHID       | BGDGOV 2024-08-16..; BGDGOV | Touhid Hossain; Md Touhid Hossain
ACT.BGD.WAKER        | BGDMIL 2024-06-23..; BGDMIL | Waker-uz-Zaman
ACT.BGD.SHAHABUDDIN  | BGDGOV 2023-04-24..; BGDGOV | Mohammed Shahabuddin
ACT.LKA.DISSANAYAKE  | LKAGOV 2024-09-23..; LKAGOV | Anura Kumara Dissanayake; Dissanayake
ACT.LKA.AMARASURIYA  | LKAGOV 2024-09-24..; LKAGOV | Harini Amarasuriya
ACT.LKA.HERATH       | LKAGOV 2024-09-24..; LKAGOV | Vijitha Herath
ACT.LKA.WICKREMESINGHE | LKAGOV ..2024-09-23; LKAELI 2024-09-23.. | Ranil Wickremesinghe; Wickremesinghe
ACT.NPL.KARKI        | NPLGOV 2025-09-12..; NPLGOV | Sushila Karki
ACT.NPL.OLI          | NPLGOV 2024-07-15..2025-09-09; NPLOPP 2025-09-09..; NPLGOV | KP Sharma Oli; K.P. Sharma Oli; Khadga Prasad Sharma Oli
ACT.NPL.PRACHANDA    | NPLGOV 2022-12-26..2024-07-15; NPLOPP 2024-07-15..; NPLGOV | Pushpa Kamal Dahal; Prachanda
ACT.NPL.POUDEL       | NPLGOV 2023-03-13..; NPLGOV | Ram Chandra Poudel
ACT.MDV.MUIZZU       | MDVGOV 2023-11-17..; MDVGOV | Mohamed Muizzu; Muizzu

# ---------------------------------------------------------------- Myanmar
ACT.MMR.MINAUNGHLAING | MMRMIL ..2021-02-01; MMRGOV 2021-02-01.. | Min Aung Hlaing; Senior General Min Aung Hlaing; Senior Gen. Min Aung Hlaing
ACT.MMR.SOEWIN       | MMRMIL | Soe Win; Vice Senior General Soe Win
ACT.MMR.THANSWE      | MMRGOV 2023-02-01..; MMRGOV | Than Swe
ACT.MMR.ZAWMINTUN    | MMRGOV 2021-02-01..; MMRGOV | Zaw Min Tun
ACT.MMR.SUUKYI       | MMRGOV 2016-03-30..2021-02-01; MMROPP 2021-02-01..; MMRGOV | Aung San Suu Kyi; Suu Kyi; Daw Aung San Suu Kyi
ACT.MMR.WINMYINT     | MMRGOV 2018-03-30..2021-02-01; MMROPP 2021-02-01..; MMRGOV | Win Myint
ACT.MMR.DUWA         | MMROPP 2021-04-16..; MMROPP | Duwa Lashi La; Mahn Win Khaing Than; Zin Mar Aung; Dr. Sasa; Kyaw Zaw
ACT.MMR.KYAWMOETUN   | MMROPP 2021-02-01..; MMROPP | Kyaw Moe Tun
ACT.MMR.TWANMRAT     | MMRREB | Twan Mrat Naing; Tun Myat Naing; N'Ban La
ACT.IGO.JULIEBISHOP  | IGOUNO 2024-04-05..; IGOUNO | Julie Bishop

# ---------------------------------------------------------------- Southeast Asia
ACT.THA.ANUTIN       | THAGOV 2019-07-10..2025-06-19; THAOPP 2025-06-19..2025-09-07; THAGOV 2025-09-07..; THAGOV | Anutin Charnvirakul; Anutin
ACT.THA.PAETONGTARN  | THAGOV 2024-08-16..2025-08-29; THAELI 2025-08-29..; THAGOV | Paetongtarn Shinawatra; Paetongtarn
ACT.THA.SRETTHA      | THAGOV 2023-08-22..2024-08-14; THAELI 2024-08-14..; THAGOV | Srettha Thavisin; Srettha
ACT.THA.THAKSIN      | THAGOV 2001-02-09..2006-09-19; THAELI 2006-09-19..; THAGOV | Thaksin Shinawatra; Thaksin
ACT.THA.PRAYUT       | THAGOV 2014-08-24..2023-08-22; THAELI 2023-08-22..; THAGOV | Prayut Chan-o-cha; Prayuth Chan-ocha; Prayut
ACT.THA.MARIS        | THAGOV 2024-09-03..2025-09-19; THAELI | Maris Sangiampongsa
ACT.THA.SIHASAK      | THAGOV 2025-09-19..; THAGOV | Sihasak Phuangketkeow
ACT.THA.KING         | THAGOV 2016-10-13..; THAGOV | King Maha Vajiralongkorn; King Vajiralongkorn; Vajiralongkorn
ACT.THA.NATTHAPHONG  | THAOPP | Natthaphong Ruengpanyawut; People 's Party of Thailand
ACT.KHM.HUNMANET     | KHMMIL ..2023-08-22; KHMGOV 2023-08-22.. | Hun Manet
ACT.KHM.HUNSEN       | KHMGOV ..2023-08-22; KHMLEG 2024-04-03..; KHMELI | Hun Sen
ACT.KHM.PRAKSOKHONN  | KHMGOV | Prak Sokhonn
ACT.KHM.TEASEIHA     | KHMGOV 2023-08-22..; KHMGOV | Tea Seiha
ACT.KHM.MALYSOCHEATA | KHMGOV | Maly Socheata
ACT.VNM.TOLAM        | VNMGOV 2016-04-09..; VNMGOV | To Lam; Tô Lâm
ACT.VNM.LUONGCUONG   | VNMGOV 2024-10-21..; VNMGOV | Luong Cuong; Lương Cường
ACT.VNM.PHAMMINHCHINH | VNMGOV 2021-04-05..; VNMGOV | Pham Minh Chinh; Phạm Minh Chính
ACT.VNM.BUITHANHSON  | VNMGOV 2021-04-08..; VNMGOV | Bui Thanh Son
ACT.VNM.NGUYENPHUTRONG | VNMGOV ..2024-07-19; VNMELI | Nguyen Phu Trong; Nguyễn Phú Trọng
ACT.PHL.MARCOS       | PHLGOV 2022-06-30..; PHLGOV | Ferdinand Marcos Jr.; Ferdinand Marcos Jr; Bongbong Marcos; Marcos Jr.
ACT.PHL.SDUTERTE     | PHLGOV 2022-06-30..; PHLGOV | Sara Duterte; Vice President Sara Duterte
ACT.PHL.RDUTERTE     | PHLGOV 2016-06-30..2022-06-30; PHLELI 2022-06-30..; PHLGOV | Rodrigo Duterte
ACT.PHL.MANALO       | PHLGOV 2022-07-01..2025-07-01; PHLELI | Enrique Manalo
ACT.PHL.LAZARO       | PHLGOV 2025-07-01..; PHLGOV | Ma. Theresa Lazaro; Theresa Lazaro
ACT.PHL.TEODORO      | PHLGOV 2023-06-05..; PHLGOV | Gilberto Teodoro; Gibo Teodoro
ACT.PHL.TARRIELA     | PHLMIL | Jay Tarriela
ACT.IDN.PRABOWO      | IDNGOV 2019-10-23..; IDNGOV | Prabowo Subianto; Prabowo
ACT.IDN.JOKOWI       | IDNGOV 2014-10-20..2024-10-20; IDNELI 2024-10-20..; IDNGOV | Joko Widodo; Jokowi
ACT.IDN.SUGIONO      | IDNGOV 2024-10-21..; IDNGOV | Sugiono; Foreign Minister Sugiono
ACT.IDN.RETNO        | IDNGOV 2014-10-27..2024-10-20; IDNELI | Retno Marsudi
ACT.IDN.SJAFRIE      | IDNGOV 2024-10-21..; IDNGOV | Sjafrie Sjamsoeddin
ACT.IDN.GIBRAN       | IDNGOV 2024-10-20..; IDNGOV | Gibran Rakabuming Raka
ACT.MYS.ANWAR        | MYSOPP ..2022-11-24; MYSGOV 2022-11-24.. | Anwar Ibrahim
ACT.MYS.MOHAMADHASAN | MYSGOV 2023-12-12..; MYSGOV | Mohamad Hasan; Mohamad Haji Hasan
ACT.MYS.SULTAN       | MYSGOV 2024-01-31..; MYSGOV | Sultan Ibrahim; Sultan Ibrahim Iskandar
ACT.SGP.WONG         | SGPGOV 2024-05-15..; SGPGOV | Lawrence Wong
ACT.SGP.LEE          | SGPGOV | Lee Hsien Loong
ACT.SGP.BALAKRISHNAN | SGPGOV | Vivian Balakrishnan
ACT.SGP.THARMAN      | SGPGOV 2023-09-14..; SGPGOV | Tharman Shanmugaratnam; Tharman
ACT.TLS.RAMOSHORTA   | TLSGOV 2022-05-20..; TLSGOV | Jose Ramos-Horta; José Ramos-Horta; Ramos-Horta
ACT.TLS.GUSMAO       | TLSGOV 2023-07-01..; TLSGOV | Xanana Gusmao; Xanana Gusmão

# ---------------------------------------------------------------- Central Asia and Mongolia
ACT.KAZ.TOKAYEV      | KAZGOV 2019-03-20..; KAZGOV | Kassym-Jomart Tokayev; Kassym-Zhomart Tokayev; Tokayev
ACT.KAZ.NAZARBAYEV   | KAZELI | Nursultan Nazarbayev; Nazarbayev
ACT.UZB.MIRZIYOYEV   | UZBGOV 2016-09-08..; UZBGOV | Shavkat Mirziyoyev; Mirziyoyev
ACT.TJK.RAHMON       | TJKGOV 1992-11-19..; TJKGOV | Emomali Rahmon; Rahmon
ACT.KGZ.JAPAROV      | KGZGOV 2021-01-28..; KGZGOV | Sadyr Japarov; Sadyr Zhaparov; Japarov
ACT.TKM.SERDAR       | TKMGOV 2022-03-19..; TKMGOV | Serdar Berdimuhamedow; Serdar Berdimuhamedov
ACT.TKM.GURBANGULY   | TKMGOV | Gurbanguly Berdimuhamedow; Gurbanguly Berdimuhamedov
ACT.MNG.KHURELSUKH   | MNGGOV 2021-06-25..; MNGGOV | Ukhnaagiin Khurelsukh; Ukhnaa Khurelsukh; Khurelsukh

# ---------------------------------------------------------------- Oceania
ACT.AUS.ALBANESE     | AUSOPP 2019-05-30..2022-05-23; AUSGOV 2022-05-23..; AUSOPP | Anthony Albanese; Prime Minister Anthony Albanese
ACT.AUS.WONG         | AUSGOV 2022-05-23..; AUSGOV | Penny Wong
ACT.AUS.MARLES       | AUSGOV 2022-05-23..; AUSGOV | Richard Marles; Marles
ACT.AUS.MORRISON     | AUSGOV 2018-08-24..2022-05-23; AUSELI 2022-05-23..; AUSGOV | Scott Morrison
ACT.AUS.DUTTON       | AUSOPP 2022-05-30..2025-05-03; AUSELI 2025-05-03..; AUSOPP | Peter Dutton; Dutton
ACT.AUS.LEY          | AUSOPP 2025-05-13..; AUSOPP | Sussan Ley
ACT.AUS.BULLOCK      | AUSGOVBUS 2023-09-18..; AUSGOVBUS | Michele Bullock
ACT.NZL.LUXON        | NZLGOV 2023-11-27..; NZLGOV | Christopher Luxon; Luxon
ACT.NZL.PETERS       | NZLGOV 2023-11-27..; NZLGOV | Winston Peters
ACT.NZL.ARDERN       | NZLGOV 2017-10-26..2023-01-25; NZLELI 2023-01-25..; NZLGOV | Jacinda Ardern; Ardern
ACT.NZL.HIPKINS      | NZLGOV 2023-01-25..2023-11-27; NZLOPP 2023-11-27..; NZLGOV | Chris Hipkins; Hipkins
ACT.PNG.MARAPE       | PNGGOV 2019-05-30..; PNGGOV | James Marape; Marape
ACT.FJI.RABUKA       | FJIGOV 2022-12-24..; FJIGOV | Sitiveni Rabuka; Rabuka

# ---------------------------------------------------------------- further ministers and officials
ACT.KAZ.NURTLEU      | KAZGOV 2023-09-01..; KAZGOV | Murat Nurtleu
ACT.UZB.SAIDOV       | UZBGOV 2022-08-01..; UZBGOV | Bakhtiyor Saidov
ACT.TJK.MUHRIDDIN    | TJKGOV | Sirojiddin Muhriddin
ACT.KGZ.KULUBAEV     | KGZGOV 2021-01-01..; KGZGOV | Jeenbek Kulubaev; Zheenbek Kulubaev
ACT.TKM.MEREDOV      | TKMGOV | Rashid Meredov
ACT.VNM.PHANVANGIANG | VNMGOV 2021-04-08..; VNMGOV | Phan Van Giang
ACT.MYS.KHALED       | MYSGOV 2023-12-12..; MYSGOV | Mohamed Khaled Nordin
ACT.IDN.WARJIYO      | IDNGOVBUS 2018-05-24..; IDNGOVBUS | Perry Warjiyo
ACT.IND.HARISH       | INDGOV | Parvathaneni Harish
ACT.PAK.IFTIKHAR     | PAKGOV 2025-03-01..; PAKGOV | Asim Iftikhar Ahmad
ACT.PAK.AKRAM        | PAKGOV ..2025-03-01; PAKELI | Munir Akram
ACT.THA.PHUMTHAM     | THAGOV 2023-09-01..2025-09-07; THAOPP 2025-09-07..; THAGOV | Phumtham Wechayachai; Phumtham
