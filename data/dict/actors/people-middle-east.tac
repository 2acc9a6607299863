@kind actors
# People of the Middle East: Israel, Palestine, Lebanon, Syria, Iraq, Iran,
# Turkey, Jordan, Egypt, the Gulf states and Yemen. Armed-group leaders carry
# their group's code (see armed-groups.tac); killed leaders keep their last
# code with a closing date.

# ---------------------------------------------------------------- Israel
ACT.ISR.NETANYAHU    | ISRGOV 1996-06-18..1999-07-06; ISROPP 1999-07-06..2009-03-31; ISRGOV 2009-03-31..2021-06-13; ISROPP 2021-06-13..2022-12-29; ISRGOV 2022-12-29..; ISRGOV | Benjamin Netanyahu; Binyamin Netanyahu; Bibi Netanyahu; Netanyahu
ACT.ISR.HERZOG       | ISRGOV 2021-07-07..; ISRGOV | Isaac Herzog; Yitzhak Herzog; Herzog
ACT.ISR.SAAR         | ISRLEG ..2024-09-29; ISRGOV 2024-09-29.. | Gideon Saar; Gideon Sa'ar; Saar; Sa'ar
ACT.ISR.KATZ         | ISRGOV 2015-05-14..; ISRGOV | Israel Katz; Yisrael Katz
ACT.ISR.GALLANT      | ISRGOV 2022-12-29..2024-11-05; ISRELI 2024-11-05..; ISRGOV | Yoav Gallant; Gallant
ACT.ISR.GANTZ        | ISRGOV 2020-05-17..2022-12-29; ISROPP 2022-12-29..2023-10-11; ISRGOV 2023-10-11..2024-06-09; ISROPP 2024-06-09..; ISRGOV | Benny Gantz; Gantz
ACT.ISR.EISENKOT     | ISROPP | Gadi Eisenkot; Eisenkot
ACT.ISR.LAPID        | ISRGOV 2021-06-13..2022-12-29; ISROPP 2022-12-29..; ISRGOV | Yair Lapid; Lapid
ACT.ISR.BENNETT      | ISRGOV 2021-06-13..2022-07-01; ISROPP 2022-07-01..; ISRGOV | Naftali Bennett
ACT.ISR.LIEBERMAN    | ISROPP | Avigdor Lieberman; Avigdor Liberman
ACT.ISR.BENGVIR      | ISRGOV 2022-12-29..; ISRGOV | Itamar Ben-Gvir; Itamar Ben Gvir; Ben-Gvir; Ben Gvir
ACT.ISR.SMOTRICH     | ISRGOV 2022-12-29..; ISRGOV | Bezalel Smotrich; Smotrich
ACT.ISR.DERMER       | ISRGOV 2022-12-29..; ISRGOV | Ron Dermer; Dermer
ACT.ISR.HANEGBI      | ISRGOV | Tzachi Hanegbi; Hanegbi
ACT.ISR.LEVIN        | ISRGOV | Yariv Levin
ACT.ISR.OHANA        | ISRLEG | Amir Ohana
ACT.ISR.DANON        | ISRGOV 2024-08-01..; ISRGOV | Danny Danon; Danon
ACT.ISR.ERDAN        | ISRGOV ..2024-08-01; ISRELI | Gilad Erdan
ACT.ISR.MENCER       | ISRGOV | David Mencer; Eylon Levy; Omer Dostri; Oren Marmorstein
ACT.ISR.HALEVI       | ISRMIL ..2025-03-05; ISRELI 2025-03-05.. | Herzi Halevi; Herzl Halevi
ACT.ISR.ZAMIR        | ISRMIL 2023-01-01..; ISRMIL | Eyal Zamir
ACT.ISR.HAGARI       | ISRMIL | Daniel Hagari; Hagari
ACT.ISR.DEFRIN       | ISRMIL 2025-03-01..; ISRMIL | Effie Defrin; Effi Defrin
ACT.ISR.ADRAEE       | ISRMIL | Avichay Adraee; Avichai Adraee
ACT.ISR.BARNEA       | ISRSPY 2021-06-01..; ISRSPY | David Barnea; Barnea
ACT.ISR.BAR          | ISRSPY ..2025-06-15; ISRSPY | Ronen Bar
ACT.ISR.ZINI         | ISRSPY 2025-10-05..; ISRSPY | David Zini
ACT.ISR.YARON        | ISRGOVBUS 2018-12-01..; ISRGOVBUS | Amir Yaron
ACT.ISR.INTEL        | ISRSPY | Mossad; Shin Bet; Shabak; Israel Security Agency; Israeli intelligence; Unit 8200; Military Intelligence Directorate of Israel
ACT.ISR.HOSTAGEFAM   | ISRCVL | Hostages and Missing Families Forum; hostage families; families of the hostages

# ---------------------------------------------------------------- Palestine
ACT.PSE.ABBAS        | PSEGOV 2005-01-15..; PSEGOV | Mahmoud Abbas; Abu Mazen; President Abbas
ACT.PSE.MUSTAFA      | PSEGOV 2024-03-31..; PSEGOV | Mohammad Mustafa; Mohammed Mustafa
ACT.PSE.SHTAYYEH     | PSEGOV 2019-04-14..2024-03-31; PSEELI 2024-03-31..; PSEGOV | Mohammad Shtayyeh; Mohammad Shtayyah; Shtayyeh
ACT.PSE.ALSHEIKH     | PSEGOV | Hussein al-Sheikh; Hussein al-Shaikh
ACT.PSE.MANSOUR      | PSEGOV | Riyad Mansour
ACT.PSE.MALIKI       | PSEGOV ..2024-03-31; PSEELI | Riyad al-Maliki; Riad Malki
ACT.PSE.AGHABEKIAN   | PSEGOV 2024-03-31..; PSEGOV | Varsen Aghabekian; Varsen Aghabekian Shahin
ACT.PSE.RAJOUB       | PSEGOV | Jibril Rajoub
ACT.PSE.DAHLAN       | PSEOPP | Mohammed Dahlan; Mohammad Dahlan
ACT.PSE.BARGHOUTI    | PSEOPP | Marwan Barghouti; Barghouti
ACT.PSE.HANIYEH      | PSEREB ..2024-07-31; PSEREB | Ismail Haniyeh; Ismail Haniya; Haniyeh
ACT.PSE.YSINWAR      | PSEREB ..2024-10-16; PSEREB | Yahya Sinwar
ACT.PSE.MSINWAR      | PSEREB ..2025-05-13; PSEREB | Mohammed Sinwar; Mohammad Sinwar
ACT.PSE.DEIF         | PSEREB ..2024-07-13; PSEREB | Mohammed Deif; Mohammed Dief; Deif
ACT.PSE.HAYYA        | PSEREB | Khalil al-Hayya; Khalil al-Hayyah; al-Hayya
ACT.PSE.MESHAAL      | PSEREB | Khaled Meshaal; Khaled Mashal; Khaled Meshal; Meshaal
ACT.PSE.ABUMARZOUK   | PSEREB | Mousa Abu Marzouk; Moussa Abu Marzouk; Abu Marzouk
ACT.PSE.HAMDAN       | PSEREB | Osama Hamdan
ACT.PSE.NAIM         | PSEREB | Basem Naim; Bassem Naim
ACT.PSE.AROURI       | PSEREB ..2024-01-02; PSEREB | Saleh al-Arouri; Saleh Arouri
ACT.PSE.ABUOBEIDA    | PSEREB | Abu Obeida; Abu Ubaida
ACT.PSE.HADDAD       | PSEREB | Izz al-Din al-Haddad; Ezz al-Din al-Haddad
ACT.PSE.DARWISH      | PSEREB | Mohammed Darwish; Zaher Jabarin; Nizar Awadallah; Sami Abu Zuhri; Hazem Qassem; Taher al-Nunu; Abdul Latif al-Qanou
ACT.PSE.NAKHALAH     | PSEREB | Ziyad al-Nakhalah; Ziad Nakhaleh; Nakhalah

# ---------------------------------------------------------------- Lebanon
ACT.LBN.JAOUN        | LBNMIL 2017-03-08..2025-01-09; LBNGOV 2025-01-09..; LBNMIL | Joseph Aoun; President Joseph Aoun
ACT.LBN.SALAM        | IGOUNOJUDICJ 2018-02-06..2025-01-14; LBNGOV 2025-01-14..; IGOUNOJUDICJ | Nawaf Salam
ACT.LBN.MIKATI       | LBNGOV 2021-09-10..2025-02-08; LBNELI 2025-02-08..; LBNGOV | Najib Mikati; Mikati
ACT.LBN.MAOUN        | LBNGOV 2016-10-31..2022-10-31; LBNELI 2022-10-31..; LBNGOV | Michel Aoun
ACT.LBN.BERRI        | LBNLEG | Nabih Berri; Berri
ACT.LBN.RAJJI        | LBNGOV 2025-02-08..; LBNGOV | Youssef Rajji; Youssef Raggi
ACT.LBN.BOUHABIB     | LBNGOV 2020-09-01..2025-02-08; LBNELI | Abdallah Bou Habib; Abdullah Bou Habib
ACT.LBN.HAYKAL       | LBNMIL 2025-03-13..; LBNMIL | Rodolphe Haykal
ACT.LBN.NASRALLAH    | LBNREB ..2024-09-27; LBNREB | Hassan Nasrallah; Hassan Nasrullah; Nasrallah
ACT.LBN.QASSEM       | LBNREB | Naim Qassem; Naim Kassem; Sheikh Naim Qassem
ACT.LBN.SAFIEDDINE   | LBNREB ..2024-10-03; LBNREB | Hashem Safieddine; Hashem Safieddin
ACT.LBN.SHUKR        | LBNREB ..2024-07-30; LBNREB | Fuad Shukr; Fouad Shukr
ACT.LBN.AQIL         | LBNREB ..2024-09-20; LBNREB | Ibrahim Aqil
ACT.LBN.SAFA         | LBNREB | Wafiq Safa; Mohammad Raad; Mohammed Raad
ACT.LBN.GEAGEA       | LBNOPP | Samir Geagea; Geagea
ACT.LBN.JUMBLATT     | LBNELI | Walid Jumblatt; Jumblatt
ACT.LBN.HARIRI       | LBNELI | Saad Hariri

# ---------------------------------------------------------------- Syria
ACT.SYR.SHARAA       | SYRREB ..2024-12-08; SYRGOV 2024-12-08.. | Ahmed al-Sharaa; Ahmad al-Sharaa; Ahmed Hussein al-Sharaa; al-Sharaa; Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Jolani; Abu Mohammed al-Golani; Abu Muhammad al-Julani; al-Jolani; Jolani
ACT.SYR.SHAIBANI     | SYRREB ..2024-12-08; SYRGOV 2024-12-08.. | Asaad al-Shaibani; Asaad Hassan al-Shibani; As'ad al-Shaibani; al-Shaibani; Shaibani
ACT.SYR.ABUQASRA     | SYRREB ..2024-12-08; SYRGOV 2024-12-08.. | Murhaf Abu Qasra; Abu Qasra
ACT.SYR.KHATTAB      | SYRREB ..2024-12-08; SYRGOV 2024-12-08.. | Anas Khattab
ACT.SYR.BASHIR       | SYRREB ..2024-12-08; SYRGOV 2024-12-08.. | Mohammed al-Bashir; Mohammad al-Bashir
ACT.SYR.OLABI        | SYRGOV 2025-01-01..; SYRGOV | Ibrahim Olabi
ACT.SYR.ASSAD        | SYRGOV 2000-07-17..2024-12-08; SYRELI 2024-12-08..; SYRGOV | Bashar al-Assad; Bashar Assad; Bashar al Assad; Assad; al-Assad
ACT.SYR.MAHER        | SYRMIL ..2024-12-08; SYRELI 2024-12-08.. | Maher al-Assad
ACT.SYR.MEKDAD       | SYRGOV ..2024-12-08; SYRELI 2024-12-08.. | Faisal Mekdad; Faisal al-Mekdad
ACT.SYR.SABBAGH      | SYRGOV ..2024-12-08; SYRELI 2024-12-08.. | Bassam Sabbagh; Bassam al-Sabbagh
ACT.SYR.JALALI       | SYRGOV 2024-09-14..2024-12-10; SYRELI 2024-12-10..; SYRGOV | Mohammed Ghazi al-Jalali
ACT.SYR.ABDI         | SYRREB | Mazloum Abdi; Mazlum Abdi; Mazloum Kobani; Mazloum Abdi Kobani
ACT.SYR.ILHAMAHMED   | SYRREB | Ilham Ahmed
ACT.SYR.HIJRI        | SYRREL | Hikmat al-Hijri; Sheikh Hikmat al-Hijri
ACT.SYR.PEDERSEN     | IGOUNO 2019-01-07..2025-09-30; IGOUNO | Geir Pedersen

# ---------------------------------------------------------------- Iraq and transnational jihadists
ACT.IRQ.SUDANI       | IRQGOV 2022-10-27..; IRQGOV | Mohammed Shia al-Sudani; Mohammed Shia ' al-Sudani; Mohammed al-Sudani; al-Sudani
ACT.IRQ.RASHID       | IRQGOV 2022-10-17..; IRQGOV | Abdul Latif Rashid; Abdul Latif Jamal Rashid
ACT.IRQ.FUADHUSSEIN  | IRQGOV 2020-06-06..; IRQGOV | Fuad Hussein
ACT.IRQ.ABBASI       | IRQGOV 2022-10-27..; IRQGOV | Thabet al-Abbasi; Thabit al-Abbasi
ACT.IRQ.SADR         | IRQOPP | Muqtada al-Sadr; Moqtada al-Sadr; Moqtada Sadr; al-Sadr
ACT.IRQ.SISTANI      | IRQREL | Ali al-Sistani; Grand Ayatollah Ali al-Sistani; Sistani
ACT.IRQ.NBARZANI     | IRQGOV | Nechirvan Barzani
ACT.IRQ.MBARZANI     | IRQGOV | Masrour Barzani
ACT.IRQ.MASOUDBARZANI | IRQELI | Masoud Barzani
ACT.IRQ.MALIKI       | IRQELI | Nouri al-Maliki; Nuri al-Maliki
ACT.IRQ.KHAZALI      | IRQREB | Qais al-Khazali; Qais Khazali
ACT.IRQ.FAYYADH      | IRQMIL | Falih al-Fayyadh; Faleh al-Fayyad
ACT.IMG.BAGHDADI     | IMGMUSISI ..2019-10-27; IMGMUSISI | Abu Bakr al-Baghdadi; al-Baghdadi
ACT.IMG.ISISLEADER   | IMGMUSISI | Abu Hafs al-Hashimi al-Qurashi; Abu al-Hussein al-Husseini al-Qurashi; Abu Ibrahim al-Hashimi al-Qurashi
ACT.IMG.ZAWAHIRI     | IMGMUSALQ ..2022-07-31; IMGMUSALQ | Ayman al-Zawahiri; Ayman al-Zawahri; Zawahiri
ACT.IMG.ADEL         | IMGMUSALQ | Saif al-Adel; Saif al-Adl
ACT.IMG.BINLADEN     | IMGMUSALQ ..2011-05-02; IMGMUSALQ | Osama bin Laden; Usama bin Laden; bin Laden

# ---------------------------------------------------------------- Iran
ACT.IRN.KHAMENEI     | IRNGOV 1981-10-13..; IRNGOV | Ali Khamenei; Ayatollah Ali Khamenei; Ayatollah Khamenei; Supreme Leader Ali Khamenei; Khamenei
ACT.IRN.MOJTABA      | IRNREL | Mojtaba Khamenei
ACT.IRN.PEZESHKIAN   | IRNLEG ..2024-07-28; IRNGOV 2024-07-28.. | Masoud Pezeshkian; Massoud Pezeshkian; Pezeshkian
ACT.IRN.RAISI        | IRNJUD 2019-03-07..2021-08-03; IRNGOV 2021-08-03..2024-05-19; IRNELI | Ebrahim Raisi; Ebrahim Raeisi; Raisi
ACT.IRN.ROUHANI      | IRNGOV 2013-08-03..2021-08-03; IRNELI 2021-08-03..; IRNGOV | Hassan Rouhani; Hassan Rohani; Rouhani
ACT.IRN.ARAGHCHI     | IRNGOV | Abbas Araghchi; Abbas Araqchi; Araghchi; Araqchi
ACT.IRN.AMIRABDOLLAHIAN | IRNGOV ..2024-05-19; IRNELI | Hossein Amir-Abdollahian; Hossein Amirabdollahian; Amir-Abdollahian; Amirabdollahian
ACT.IRN.ZARIF        | IRNGOV 2013-08-15..2021-08-25; IRNELI 2021-08-25..2024-08-01; IRNGOV 2024-08-01..2025-03-02; IRNELI 2025-03-02..; IRNGOV | Mohammad Javad Zarif; Javad Zarif; Zarif
ACT.IRN.NASIRZADEH   | IRNGOV 2024-08-21..; IRNGOV | Aziz Nasirzadeh; Nasirzadeh
ACT.IRN.ASHTIANI     | IRNGOV 2021-08-25..2024-08-21; IRNELI | Mohammad Reza Ashtiani
ACT.IRN.GHALIBAF     | IRNLEG 2020-05-28..; IRNLEG | Mohammad Bagher Ghalibaf; Mohammad Baqer Qalibaf; Ghalibaf; Qalibaf
ACT.IRN.LARIJANI     | IRNGOV 2025-08-05..; IRNGOV | Ali Larijani; Larijani
ACT.IRN.AHMADIAN     | IRNGOV 2023-05-22..2025-08-05; IRNELI | Ali Akbar Ahmadian
ACT.IRN.AREF         | IRNGOV 2024-07-28..; IRNGOV | Mohammad Reza Aref
ACT.IRN.BAGHAEI      | IRNGOV | Esmaeil Baghaei; Esmail Baghaei; Esmaeil Baqaei; Baghaei; Baqaei
ACT.IRN.KANAANI      | IRNGOV ..2024-08-21; IRNELI | Nasser Kanaani; Nasser Kanani
ACT.IRN.MOHAJERANI   | IRNGOV 2024-08-01..; IRNGOV | Fatemeh Mohajerani
ACT.IRN.IRAVANI      | IRNGOV | Amir Saeid Iravani; Amir Saeed Iravani; Iravani
ACT.IRN.GHARIBABADI  | IRNGOV | Kazem Gharibabadi; Majid Takht-Ravanchi
ACT.IRN.ESLAMI       | IRNGOV | Mohammad Eslami
ACT.IRN.EJEI         | IRNJUD 2021-07-01..; IRNJUD | Gholam-Hossein Mohseni-Ejei; Gholamhossein Mohseni Ejei; Mohseni-Ejei
ACT.IRN.SALAMI       | IRNMIL ..2025-06-13; IRNMIL | Hossein Salami
ACT.IRN.PAKPOUR      | IRNMIL | Mohammad Pakpour
ACT.IRN.BAGHERI      | IRNMIL ..2025-06-13; IRNMIL | Mohammad Bagheri
ACT.IRN.MOUSAVI      | IRNMIL | Abdolrahim Mousavi; Abdolrahim Musavi
ACT.IRN.HAJIZADEH    | IRNMIL ..2025-06-13; IRNMIL | Amir Ali Hajizadeh
ACT.IRN.QAANI        | IRNMIL | Esmail Qaani; Esmail Ghaani; Ismail Qaani; Qaani
ACT.IRN.SOLEIMANI    | IRNMIL ..2020-01-03; IRNMIL | Qassem Soleimani; Qasem Soleimani; Soleimani
ACT.IRN.FARZIN       | IRNGOVBUS 2022-12-29..; IRNGOVBUS | Mohammad Reza Farzin
ACT.IRN.MOHAMMADI    | IRNHRI | Narges Mohammadi
ACT.IRN.PAHLAVI      | IRNOPP | Reza Pahlavi
ACT.IRN.AMINI        | IRNCVL | Mahsa Amini; Jina Mahsa Amini

# ---------------------------------------------------------------- Turkey
ACT.TUR.ERDOGAN      | TURGOV 2003-03-14..; TURGOV | Recep Tayyip Erdogan; Recep Tayyip Erdoğan; Tayyip Erdogan; Tayyip Erdoğan; Erdogan; Erdoğan
ACT.TUR.FIDAN        | TURSPY 2010-05-27..2023-06-04; TURGOV 2023-06-04..; TURSPY | Hakan Fidan; Fidan
ACT.TUR.CAVUSOGLU    | TURGOV ..2023-06-04; TURLEG 2023-06-04.. | Mevlut Cavusoglu; Mevlüt Çavuşoğlu; Cavusoglu; Çavuşoğlu
ACT.TUR.GULER        | TURMIL ..2023-06-04; TURGOV 2023-06-04.. | Yasar Guler; Yaşar Güler
ACT.TUR.KALIN        | TURGOV ..2023-06-05; TURSPY 2023-06-05.. | Ibrahim Kalin; İbrahim Kalın
ACT.TUR.YILMAZ       | TURGOV 2023-06-04..; TURGOV | Cevdet Yilmaz; Cevdet Yılmaz
ACT.TUR.SIMSEK       | TURGOV 2023-06-04..; TURGOV | Mehmet Simsek; Mehmet Şimşek
ACT.TUR.CELIK        | TURGOV | Omer Celik; Ömer Çelik
ACT.TUR.KURTULMUS    | TURLEG 2023-06-02..; TURLEG | Numan Kurtulmus; Numan Kurtulmuş
ACT.TUR.BAHCELI      | TURLEG | Devlet Bahceli; Devlet Bahçeli; Bahceli; Bahçeli
ACT.TUR.OZEL         | TUROPP | Ozgur Ozel; Özgür Özel
ACT.TUR.IMAMOGLU     | TUROPP | Ekrem Imamoglu; Ekrem İmamoğlu; Imamoglu; İmamoğlu
ACT.TUR.OCALAN       | TURREB | Abdullah Ocalan; Abdullah Öcalan; Ocalan; Öcalan
ACT.TUR.KARAHAN      | TURGOVBUS 2024-02-03..; TURGOVBUS | Fatih Karahan

# ---------------------------------------------------------------- Jordan and Egypt
ACT.JOR.ABDULLAH     | JORGOV 1999-02-07..; JORGOV | King Abdullah; King Abdullah II; Abdullah II of Jordan
ACT.JOR.HUSSEIN      | JORGOV | Crown Prince Hussein; Crown Prince Al Hussein bin Abdullah
ACT.JOR.SAFADI       | JORGOV 2017-01-15..; JORGOV | Ayman Safadi; Safadi
ACT.JOR.HASSAN       | JORGOV 2024-09-15..; JORGOV | Jafar Hassan; Jaafar Hassan
ACT.JOR.KHASAWNEH    | JORGOV 2020-10-12..2024-09-15; JORELI | Bisher al-Khasawneh
ACT.EGY.SISI         | EGYMIL 2012-08-12..2014-03-26; EGYGOV 2014-06-08..; EGYMIL | Abdel Fattah el-Sisi; Abdel Fattah al-Sisi; Abdel-Fattah el-Sissi; el-Sisi; al-Sisi; Sisi; Sissi
ACT.EGY.ABDELATTY    | EGYGOV 2024-07-03..; EGYGOV | Badr Abdelatty; Badr Abdel Aty; Abdelatty
ACT.EGY.SHOUKRY      | EGYGOV 2014-06-17..2024-07-03; EGYELI 2024-07-03..; EGYGOV | Sameh Shoukry; Shoukry
ACT.EGY.MADBOULY     | EGYGOV 2018-06-07..; EGYGOV | Mostafa Madbouly; Moustafa Madbouly; Madbouly
ACT.EGY.SAQR         | EGYGOV 2024-07-03..; EGYGOV | Abdel Mageed Saqr; Abdelmegeed Saqr
ACT.EGY.RASHAD       | EGYSPY 2024-10-16..; EGYSPY | Hassan Rashad; Hassan Mahmoud Rashad
ACT.EGY.KAMEL        | EGYSPY ..2024-10-16; EGYGOV 2024-10-16.. | Abbas Kamel
ACT.EGY.ABDALLA      | EGYGOVBUS 2022-08-18..; EGYGOVBUS | Hassan Abdalla

# ---------------------------------------------------------------- Gulf states
ACT.SAU.MBS          | SAUGOV 2015-01-23..; SAUGOV | Mohammed bin Salman; Mohammad bin Salman; Crown Prince Mohammed bin Salman; MBS; Prince Mohammed bin Salman
ACT.SAU.SALMAN       | SAUGOV 2015-01-23..; SAUGOV | King Salman; King Salman bin Abdulaziz; Salman bin Abdulaziz Al Saud
ACT.SAU.FAISAL       | SAUGOV 2019-10-23..; SAUGOV | Faisal bin Farhan; Prince Faisal bin Farhan; Faisal bin Farhan Al Saud
ACT.SAU.KHALID       | SAUGOV 2017-04-22..; SAUGOV | Khalid bin Salman; Prince Khalid bin Salman
ACT.SAU.JUBEIR       | SAUGOV | Adel al-Jubeir; Jubeir
ACT.SAU.AIBAN        | SAUGOV | Musaed al-Aiban; Mosaad al-Aiban
ACT.ARE.MBZ         | AREGOV | Mohamed bin Zayed; Mohammed bin Zayed; Sheikh Mohamed bin Zayed; Mohamed bin Zayed Al Nahyan; MBZ
ACT.ARE.ABZ         | AREGOV | Abdullah bin Zayed; Sheikh Abdullah bin Zayed; Abdullah bin Zayed Al Nahyan
ACT.ARE.MBR         | AREGOV | Mohammed bin Rashid; Mohammed bin Rashid Al Maktoum; Sheikh Mohammed bin Rashid
ACT.ARE.TAHNOUN     | AREGOV | Tahnoun bin Zayed; Sheikh Tahnoun bin Zayed
ACT.ARE.GARGASH     | AREGOV | Anwar Gargash; Gargash
ACT.ARE.NUSSEIBEH   | AREGOV | Lana Nusseibeh
ACT.QAT.TAMIM       | QATGOV 2013-06-25..; QATGOV | Tamim bin Hamad Al Thani; Sheikh Tamim bin Hamad; Emir Tamim; Sheikh Tamim
ACT.QAT.MBAR        | QATGOV 2016-01-27..; QATGOV | Mohammed bin Abdulrahman Al Thani; Sheikh Mohammed bin Abdulrahman; Mohammed bin Abdulrahman
ACT.QAT.ANSARI      | QATGOV | Majed al-Ansari
ACT.QAT.KHULAIFI    | QATGOV | Mohammed Al-Khulaifi; Mohammed bin Abdulaziz Al-Khulaifi
ACT.OMN.HAITHAM     | OMNGOV 2020-01-11..; OMNGOV | Haitham bin Tarik; Sultan Haitham; Sultan Haitham bin Tarik
ACT.OMN.BUSAIDI     | OMNGOV 2020-08-18..; OMNGOV | Badr Albusaidi; Badr al-Busaidi; Sayyid Badr Albusaidi
ACT.BHR.HAMAD       | BHRGOV | King Hamad; King Hamad bin Isa Al Khalifa
ACT.BHR.SALMAN      | BHRGOV | Crown Prince Salman bin Hamad; Salman bin Hamad Al Khalifa
ACT.BHR.ZAYANI      | BHRGOV 2020-02-11..; BHRGOV | Abdullatif al-Zayani; Abdullatif bin Rashid Al Zayani
ACT.KWT.MESHAL      | KWTGOV 2023-12-16..; KWTGOV | Sheikh Mishal al-Ahmad; Mishal al-Ahmad al-Jaber al-Sabah; Meshal al-Ahmad al-Jaber al-Sabah; Emir Mishal
ACT.KWT.YAHYA       | KWTGOV 2024-06-19..; KWTGOV | Abdullah al-Yahya; Abdullah Ali al-Yahya

# ---------------------------------------------------------------- Yemen
ACT.YEM.ALIMI       | YEMGOV 2022-04-07..; YEMGOV | Rashad al-Alimi; Rashad Mohammed al-Alimi; al-Alimi
ACT.YEM.ZUBAIDI     | YEMREB ..2022-04-07; YEMGOV 2022-04-07.. | Aidarous al-Zubaidi; Aidarus al-Zubaidi; al-Zubaidi
ACT.YEM.BINBREIK    | YEMGOV 2025-05-03..; YEMGOV | Salem bin Breik; Salem Saleh bin Braik
ACT.YEM.BINMUBARAK  | YEMGOV 2020-12-18..2025-05-03; YEMELI | Ahmed Awad bin Mubarak; bin Mubarak
ACT.YEM.ZINDANI     | YEMGOV 2024-03-01..; YEMGOV | Shaya al-Zindani; Shaya Mohsen al-Zindani
ACT.YEM.HOUTHI      | YEMREB | Abdul-Malik al-Houthi; Abdulmalik al-Houthi; Abdul Malik al-Houthi
ACT.YEM.MASHAT      | YEMREB | Mahdi al-Mashat; Mahdi al-Mashshat
ACT.YEM.ABDULSALAM  | YEMREB | Mohammed Abdulsalam; Mohammed Abdul Salam
ACT.YEM.SAREE       | YEMREB | Yahya Saree; Yahya Sarea; Saree
ACT.YEM.BUKHAITI    | YEMREB | Mohammed al-Bukhaiti; Mohammed Ali al-Houthi; Hezam al-Asad
ACT.YEM.RAHAWI      | YEMREB ..2025-08-28; YEMREB | Ahmed al-Rahawi; Ahmed Ghaleb al-Rahawi
ACT.YEM.GRUNDBERG   | IGOUNO 2021-08-06..; IGOUNO | Hans Grundberg; Grundberg
ACT.ISR.DERI         | ISRLEG | Aryeh Deri
ACT.ISR.BAHARAVMIARA | ISRJUD 2022-02-08..; ISRJUD | Gali Baharav-Miara; Baharav-Miara
ACT.ISR.AMIT         | ISRJUD | Yitzhak Amit
ACT.ISR.GOLDKNOPF    | ISRLEG | Yitzhak Goldknopf; Moshe Gafni
ACT.ISR.GOLAN        | ISROPP | Yair Golan
ACT.IRN.KHATAMI      | IRNGOV 1997-08-03..2005-08-03; IRNELI 2005-08-03..; IRNGOV | Mohammad Khatami
ACT.IRN.AHMADINEJAD  | IRNGOV 2005-08-03..2013-08-03; IRNELI 2013-08-03..; IRNGOV | Mahmoud Ahmadinejad; Ahmadinejad
ACT.IRN.MOMENI       | IRNGOV 2024-08-21..; IRNGOV | Eskandar Momeni
ACT.SAU.ALSAYARI     | SAUGOVBUS 2023-01-01..; SAUGOVBUS | Ayman Alsayari; Ayman al-Sayari
ACT.TUR.KECELI       | TURGOV | Oncu Keceli; Öncü Keçeli
