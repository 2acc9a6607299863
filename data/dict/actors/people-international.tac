@kind actors
# Heads and spokespeople of international organizations and NGOs. Codes are
# the organization's code for the term in office; a national office held
# before or after is listed with its country code. UN envoys for a single
# country are in the file of that country's region.

# ---------------------------------------------------------------- United Nations system
ACT.UN.GUTERRES      | PRTGOV 1995-10-28..2002-04-06; IGOUNOREFHCR 2005-06-15..2016-01-01; IGOUNO 2017-01-01..; PRTGOV | Antonio Guterres; António Guterres; Guterres; UN Secretary-General Antonio Guterres; UN Secretary-General António Guterres
ACT.UN.BANKIMOON     | IGOUNO 2007-01-01..2017-01-01; IGOUNO | Ban Ki-moon; Ban Ki Moon
ACT.UN.AMINAMOHAMMED | IGOUNO 2017-02-28..; IGOUNO | Amina Mohammed; Amina J. Mohammed
ACT.UN.DICARLO       | IGOUNO | Rosemary DiCarlo; DiCarlo
ACT.UN.DUJARRIC      | IGOUNO | Stephane Dujarric; Stéphane Dujarric; Dujarric; Farhan Haq
ACT.UN.TURK          | IGOUNOHRIHCH 2022-10-17..; IGOUNOHRIHCH | Volker Turk; Volker Türk
ACT.UN.BACHELET      | CHLGOV 2014-03-11..2018-03-11; IGOUNOHRIHCH 2018-09-01..2022-09-01; IGOUNOHRIHCH | Michelle Bachelet; Bachelet
ACT.UN.ALBANESE      | IGOUNOHRIHCH 2022-05-01..; IGOUNOHRIHCH | Francesca Albanese
ACT.UN.GRANDI        | IGOUNOREFHCR 2016-01-01..2026-01-01; IGOUNOREFHCR | Filippo Grandi; Grandi
ACT.UN.RUSSELL       | IGOUNOKID 2022-02-01..; IGOUNOKID | Catherine Russell
ACT.UN.MCCAIN        | IGOUNOWFP 2023-04-05..; IGOUNOWFP | Cindy McCain
ACT.UN.FLETCHER      | IGOUNOHLH 2024-11-18..; IGOUNOHLH | Tom Fletcher
ACT.UN.GRIFFITHS     | IGOUNOHLH 2021-07-19..2024-07-01; IGOUNOHLH | Martin Griffiths
ACT.UN.LAZZARINI     | IGOUNOREFUNR 2020-03-18..; IGOUNOREFUNR | Philippe Lazzarini; Lazzarini
ACT.UN.GROSSI        | IGOUNOIAE 2019-12-03..; IGOUNOIAE | Rafael Grossi; Rafael Mariano Grossi; Grossi
ACT.UN.TEDROS        | IGOUNOHLHWHO 2017-07-01..; IGOUNOHLHWHO | Tedros Adhanom Ghebreyesus; Tedros Ghebreyesus; Tedros
ACT.UN.KAAG          | IGOUNO 2024-01-08..2025-07-01; IGOUNO | Sigrid Kaag
ACT.UN.WENNESLAND    | IGOUNO 2021-01-01..2025-01-01; IGOUNO | Tor Wennesland
ACT.UN.HENNISPLASSCHAERT | IGOUNO | Jeanine Hennis-Plasschaert
ACT.UN.KEITA         | IGOUNO ..2025-01-01; IGOUNO | Bintou Keita
ACT.UN.YANG          | IGOUNO 2024-09-10..2025-09-09; IGOUNO | Philemon Yang
ACT.UN.STEINER       | IGOUNODEV | Achim Steiner; Haoliang Xu
ACT.UN.POPE          | IGOUNOREF 2023-10-01..; IGOUNOREF | Amy Pope
ACT.UN.SPOKES       | IGOUNOHLH | Jens Laerke; James Elder; Ravina Shamdasani; Jeremy Laurence; Juliette Touma; Olga Cherevko; Jonathan Whittall; Tess Ingram; Rosalia Bollen

# ---------------------------------------------------------------- finance, trade and courts
ACT.IGO.GEORGIEVA    | IGOUNODEVWBK 2017-01-02..2019-10-01; IGOBUSIMF 2019-10-01..; IGOUNODEVWBK | Kristalina Georgieva; Georgieva
ACT.IGO.BANGA        | IGOUNODEVWBK 2023-06-02..; IGOUNODEVWBK | Ajay Banga
ACT.IGO.MALPASS      | IGOUNODEVWBK 2019-04-09..2023-06-02; IGOUNODEVWBK | David Malpass
ACT.IGO.OKONJOIWEALA | IGOBUSWTO 2021-03-01..; IGOBUSWTO | Ngozi Okonjo-Iweala; Okonjo-Iweala
ACT.IGO.KARIMKHAN    | IGOJUDICC 2021-06-16..; IGOJUDICC | Karim Khan; Karim A. A. Khan; ICC prosecutor Karim Khan
ACT.IGO.ICCJUDGES    | IGOJUDICC | Tomoko Akane; Mame Mandiaye Niang; Nazhat Shameem Khan
ACT.IGO.ICJJUDGES    | IGOUNOJUDICJ | Joan Donoghue; Iwasawa Yuji; Yuji Iwasawa
ACT.IGO.GHAIS        | IGOBUSOPC 2022-08-01..; IGOBUSOPC | Haitham al-Ghais; Haitham Al Ghais
ACT.IGO.DIRECTORS    | IGOWSTBUS | Mathias Cormann

# ---------------------------------------------------------------- regional organizations
ACT.IGO.FAKI         | TCDGOV ..2017-03-14; IGOAFRAFU 2017-03-14..2025-02-15; IGOAFRAFU | Moussa Faki Mahamat; Moussa Faki
ACT.IGO.YOUSSOUF     | DJIGOV ..2025-02-15; IGOAFRAFU 2025-02-15.. | Mahmoud Ali Youssouf
ACT.IGO.TOURAY       | IGOWAFWAS 2022-07-01..; IGOWAFWAS | Omar Alieu Touray
ACT.IGO.WORKNEH      | IGOEAFIAD 2019-11-29..; IGOEAFIAD | Workneh Gebeyehu
ACT.IGO.ABOULGHEIT   | EGYGOV ..2011-03-07; IGOMEAARL 2016-07-03..; EGYELI | Ahmed Aboul Gheit; Ahmed Aboul-Gheit; Aboul Gheit
ACT.IGO.BUDAIWI      | IGOMEAGCC 2023-02-01..; IGOMEAGCC | Jasem Albudaiwi; Jasem Mohamed Albudaiwi
ACT.IGO.TAHA         | IGOMOSOIC 2021-11-21..; IGOMOSOIC | Hissein Brahim Taha
ACT.IGO.KAOKIMHOURN  | IGOSEAASN 2023-01-01..; IGOSEAASN | Kao Kim Hourn
ACT.IGO.RAMDIN       | IGOOAS 2025-05-30..; IGOOAS | Albert Ramdin
ACT.IGO.ALMAGRO      | IGOOAS 2015-05-26..2025-05-30; IGOOAS | Luis Almagro
ACT.IGO.BERSET       | CHEGOV ..2024-01-01; IGOEURCOE 2024-09-18..; CHEELI | Alain Berset
ACT.IGO.SINIRLIOGLU  | IGOEUROSC 2024-12-04..; IGOEUROSC | Feridun Sinirlioglu; Feridun Sinirlioğlu

# ---------------------------------------------------------------- NGOs
ACT.NGO.SPOLJARIC    | NGOHLHIRC 2022-10-01..; NGOHLHIRC | Mirjana Spoljaric; Mirjana Spoljaric Egger
ACT.NGO.CALLAMARD    | NGOHRIAMN 2021-03-29..; NGOHRIAMN | Agnes Callamard; Agnès Callamard; Callamard
ACT.NGO.LOCKYEAR     | NGOHLHMSF | Christopher Lockyear
ACT.NGO.ABDULRAHMAN  | NGOHRI | Rami Abdulrahman; Rami Abdel Rahman
ACT.NGO.GRETA        | NGOENV | Greta Thunberg; Thunberg
ACT.NGO.MALALA       | NGOEDU | Malala Yousafzai; Malala

# ---------------------------------------------------------------- Gaza transition bodies (2025)
ACT.IGO.BOARDOFPEACE | IGO 2025-10-01..; IGO | Board of Peace; Gaza Board of Peace
ACT.IGO.GAZAISF      | IGO 2025-11-17..; IGO | International Stabilization Force; International Stabilisation Force; Gaza stabilization force; Gaza stabilisation force
