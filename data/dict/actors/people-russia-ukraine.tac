@kind actors
# People of Russia, Ukraine, Belarus, Moldova and the South Caucasus.
# Conventions as in people-americas.tac: sector codes for the dates in office,
# {country}ELI after office; intelligence chiefs {country}SPY.

# ---------------------------------------------------------------- Russia: leadership
ACT.RUS.PUTIN        | RUSGOV 1999-08-09..; RUSGOV | Vladimir Putin; Vladimir Vladimirovich Putin; Vladimir V. Putin; Putin
ACT.RUS.MISHUSTIN    | RUSGOV 2020-01-16..; RUSGOV | Mikhail Mishustin; Mishustin
ACT.RUS.MEDVEDEV     | RUSGOV 2008-05-07..; RUSGOV | Dmitry Medvedev; Dmitri Medvedev; Medvedev
ACT.RUS.LAVROV       | RUSGOV 2004-03-09..; RUSGOV | Sergei Lavrov; Sergey Lavrov; Lavrov
ACT.RUS.SHOIGU       | RUSGOV 2012-11-06..; RUSGOV | Sergei Shoigu; Sergey Shoigu; Shoigu
ACT.RUS.BELOUSOV     | RUSGOV 2020-01-21..; RUSGOV | Andrei Belousov; Andrey Belousov; Belousov
ACT.RUS.PESKOV       | RUSGOV 2012-05-22..; RUSGOV | Dmitry Peskov; Dmitri Peskov; Peskov
ACT.RUS.ZAKHAROVA    | RUSGOV 2015-08-10..; RUSGOV | Maria Zakharova; Zakharova
ACT.RUS.USHAKOV      | RUSGOV 2012-05-21..; RUSGOV | Yuri Ushakov; Yury Ushakov; Ushakov
ACT.RUS.DMITRIEV     | RUSBUS ..2025-02-18; RUSGOV 2025-02-18.. | Kirill Dmitriev
ACT.RUS.MEDINSKY     | RUSGOV | Vladimir Medinsky; Medinsky
ACT.RUS.PATRUSHEV    | RUSGOV | Nikolai Patrushev; Nikolay Patrushev; Patrushev
ACT.RUS.RYABKOV      | RUSGOV | Sergei Ryabkov; Sergey Ryabkov; Ryabkov
ACT.RUS.GRUSHKO      | RUSGOV | Alexander Grushko; Grushko
ACT.RUS.GALUZIN      | RUSGOV | Mikhail Galuzin
ACT.RUS.RUDENKO      | RUSGOV | Andrei Rudenko; Andrey Rudenko
ACT.RUS.BOGDANOV     | RUSGOV | Mikhail Bogdanov
ACT.RUS.VERSHININ    | RUSGOV | Sergei Vershinin; Sergey Vershinin
ACT.RUS.NEBENZIA     | RUSGOV 2017-07-27..; RUSGOV | Vassily Nebenzia; Vasily Nebenzya; Vassily Nebenzya; Nebenzia; Nebenzya
ACT.RUS.POLYANSKY    | RUSGOV | Dmitry Polyansky
ACT.RUS.ZHIRNOV      | RUSGOV | Dmitry Zhirnov; Dmitri Zhirnov; Zhirnov
ACT.RUS.KABULOV      | RUSGOV | Zamir Kabulov; Kabulov
ACT.RUS.LAVRENTIEV   | RUSGOV | Alexander Lavrentiev; Alexander Lavrentyev; Lavrentiev
ACT.RUS.NABIULLINA   | RUSGOVBUS 2013-06-24..; RUSGOVBUS | Elvira Nabiullina; Nabiullina
ACT.RUS.SILUANOV     | RUSGOV 2011-09-26..; RUSGOV | Anton Siluanov; Siluanov
ACT.RUS.NOVAK        | RUSGOV | Alexander Novak
ACT.RUS.VOLODIN      | RUSLEG | Vyacheslav Volodin; Volodin
ACT.RUS.MATVIYENKO   | RUSLEG | Valentina Matviyenko; Matviyenko
ACT.RUS.SLUTSKY      | RUSLEG | Leonid Slutsky; Slutsky
ACT.RUS.KOSACHEV     | RUSLEG | Konstantin Kosachev
ACT.RUS.KADYROV      | RUSGOV | Ramzan Kadyrov; Kadyrov
ACT.RUS.SOBYANIN     | RUSGOV | Sergei Sobyanin; Sergey Sobyanin; Sobyanin
ACT.RUS.LIKHACHEV    | RUSBUS | Alexei Likhachev; Alexey Likhachev
ACT.RUS.MOSKALKOVA   | RUSGOV | Tatyana Moskalkova; Tatiana Moskalkova
ACT.RUS.LVOVABELOVA  | RUSGOV | Maria Lvova-Belova; Lvova-Belova
# ---------------------------------------------------------------- Russia: military and security
ACT.RUS.GERASIMOV    | RUSMIL | Valery Gerasimov; Valeriy Gerasimov; Gerasimov
ACT.RUS.SUROVIKIN    | RUSMIL | Sergei Surovikin; Sergey Surovikin; Surovikin
ACT.RUS.ZOLOTOV      | RUSMIL | Viktor Zolotov
ACT.RUS.KONASHENKOV  | RUSMIL | Igor Konashenkov; Konashenkov
ACT.RUS.ALAUDINOV    | RUSMIL | Apti Alaudinov
ACT.RUS.BORTNIKOV    | RUSSPY | Alexander Bortnikov; Bortnikov
ACT.RUS.NARYSHKIN    | RUSSPY | Sergei Naryshkin; Sergey Naryshkin; Naryshkin
ACT.RUS.FSB          | RUSSPY | Federal Security Service; FSB; Foreign Intelligence Service of Russia; SVR; GRU; Main Intelligence Directorate; Russian intelligence; Russian military intelligence; Russian spy agency
ACT.RUS.PRIGOZHIN    | RUSUAF ..2023-08-23; RUSUAF | Yevgeny Prigozhin; Yevgeniy Prigozhin; Prigozhin
ACT.RUS.UTKIN        | RUSUAF ..2023-08-23; RUSUAF | Dmitry Utkin
# ---------------------------------------------------------------- Russia: opposition and others
ACT.RUS.NAVALNY      | RUSOPP ..2024-02-16; RUSELI | Alexei Navalny; Alexey Navalny; Aleksei Navalny; Navalny
ACT.RUS.NAVALNAYA    | RUSOPP | Yulia Navalnaya; Navalnaya
ACT.RUS.KHODORKOVSKY | RUSOPP | Mikhail Khodorkovsky; Khodorkovsky
ACT.RUS.KARAMURZA    | RUSOPP | Vladimir Kara-Murza; Kara-Murza
ACT.RUS.YASHIN       | RUSOPP | Ilya Yashin
ACT.RUS.KASPAROV     | RUSOPP | Garry Kasparov
ACT.RUS.NADEZHDIN    | RUSOPP | Boris Nadezhdin
ACT.RUS.KIRILL       | RUSREL | Patriarch Kirill; Patriarch Kirill of Moscow
ACT.RUS.GERSHKOVICH  | USAMED | Evan Gershkovich

# ---------------------------------------------------------------- Ukraine
ACT.UKR.ZELENSKY     | UKRGOV 2019-05-20..; UKRGOV | Volodymyr Zelensky; Volodymyr Zelenskyy; Volodymyr Zelenskiy; Volodymyr Zelenskyi; Zelensky; Zelenskyy; Zelenskiy; Zelenskyi
ACT.UKR.SHMYHAL      | UKRGOV 2020-03-04..; UKRGOV | Denys Shmyhal; Denis Shmygal; Shmyhal
ACT.UKR.SVYRYDENKO   | UKRGOV 2021-11-04..; UKRGOV | Yulia Svyrydenko; Yuliia Svyrydenko; Svyrydenko
ACT.UKR.SYBIHA       | UKRGOV | Andrii Sybiha; Andriy Sybiha; Andrii Sybiga; Sybiha
ACT.UKR.KULEBA       | UKRGOV 2020-03-04..2024-09-05; UKRELI 2024-09-05..; UKRGOV | Dmytro Kuleba; Dmitry Kuleba; Kuleba
ACT.UKR.UMEROV       | UKRLEG ..2022-09-07; UKRGOV 2022-09-07.. | Rustem Umerov; Umerov
ACT.UKR.REZNIKOV     | UKRGOV 2020-03-04..2023-09-05; UKRELI 2023-09-05..; UKRGOV | Oleksii Reznikov; Oleksiy Reznikov; Reznikov
ACT.UKR.YERMAK       | UKRGOV 2020-02-11..2025-11-28; UKRELI 2025-11-28..; UKRGOV | Andriy Yermak; Andrii Yermak; Yermak
ACT.UKR.SYRSKYI      | UKRMIL | Oleksandr Syrskyi; Oleksandr Syrsky; Syrskyi; Syrsky
ACT.UKR.ZALUZHNYI    | UKRMIL ..2024-02-08; UKRGOV 2024-03-07..; UKRMIL | Valerii Zaluzhnyi; Valery Zaluzhny; Valeriy Zaluzhnyi; Zaluzhnyi; Zaluzhny
ACT.UKR.BUDANOV      | UKRSPY | Kyrylo Budanov; Kirill Budanov; Budanov
ACT.UKR.MALIUK       | UKRSPY | Vasyl Maliuk; Vasyl Malyuk
ACT.UKR.HNATOV       | UKRMIL | Andriy Hnatov; Andrii Hnatov
ACT.UKR.STEFANCHUK   | UKRLEG | Ruslan Stefanchuk; Stefanchuk
ACT.UKR.KYSLYTSYA    | UKRGOV | Sergiy Kyslytsya; Serhiy Kyslytsya; Kyslytsya
ACT.UKR.MELNYK       | UKRGOV | Andriy Melnyk; Andrii Melnyk
ACT.UKR.TYKHYI       | UKRGOV | Heorhii Tykhyi; Georgiy Tykhyi
ACT.UKR.LUBINETS     | UKRGOV | Dmytro Lubinets; Lubinets
ACT.UKR.FEDOROV      | UKRGOV | Mykhailo Fedorov
ACT.UKR.PODOLYAK     | UKRGOV | Mykhailo Podolyak; Mykhailo Podoliak; Podolyak; Podoliak
ACT.UKR.KLITSCHKO    | UKRGOV | Vitali Klitschko; Vitaliy Klitschko
ACT.UKR.PYSHNYI      | UKRGOVBUS 2022-10-07..; UKRGOVBUS | Andriy Pyshnyi
ACT.UKR.POROSHENKO   | UKRGOV 2014-06-07..2019-05-20; UKROPP 2019-05-20..; UKRGOV | Petro Poroshenko; Poroshenko
ACT.UKR.TYMOSHENKO   | UKROPP | Yulia Tymoshenko; Tymoshenko
ACT.UKR.KUBRAKOV     | UKRGOV ..2024-05-09; UKRELI 2024-05-09.. | Oleksandr Kubrakov
ACT.UKR.ZHOVKVA      | UKRGOV | Ihor Zhovkva
# Russian-installed officials in occupied Ukraine
ACT.UKR.PUSHILIN     | UKRREB ..2022-09-30; RUSGOV 2022-09-30.. | Denis Pushilin; Pushilin
ACT.UKR.PASECHNIK    | UKRREB ..2022-09-30; RUSGOV 2022-09-30.. | Leonid Pasechnik
ACT.UKR.SALDO        | RUSGOV 2022-07-01..; RUSGOV | Vladimir Saldo; Saldo
ACT.UKR.BALITSKY     | RUSGOV 2022-07-01..; RUSGOV | Yevgeny Balitsky; Balitsky
ACT.UKR.AKSYONOV     | RUSGOV 2014-03-18..; RUSGOV | Sergei Aksyonov; Sergey Aksyonov; Aksyonov

# ---------------------------------------------------------------- Belarus, Moldova
ACT.BLR.LUKASHENKO   | BLRGOV 1994-07-20..; BLRGOV | Alexander Lukashenko; Aleksandr Lukashenko; Alyaksandr Lukashenka; Lukashenko; Lukashenka
ACT.BLR.RYZHENKOV    | BLRGOV 2024-04-01..; BLRGOV | Maxim Ryzhenkov; Maksim Ryzhenkov
ACT.BLR.KHRENIN      | BLRGOV 2019-01-22..; BLRGOV | Viktor Khrenin
ACT.BLR.TURCHIN      | BLRGOV 2024-12-01..; BLRGOV | Alexander Turchin
ACT.BLR.TSIKHANOUSKAYA | BLROPP | Sviatlana Tsikhanouskaya; Svetlana Tikhanovskaya; Tsikhanouskaya; Tikhanovskaya
ACT.BLR.BIALIATSKI   | BLRHRI | Ales Bialiatski; Ales Byalyatski
ACT.MDA.SANDU        | MDAGOV 2020-12-24..; MDAGOV | Maia Sandu; Sandu
ACT.MDA.RECEAN       | MDAGOV 2023-02-16..; MDAGOV | Dorin Recean
ACT.MDA.POPSOI       | MDAGOV 2024-01-29..; MDAGOV | Mihai Popsoi; Mihai Popșoi
ACT.MDA.SHOR         | MDAOPP | Ilan Shor; Ilan Sor
ACT.MDA.GUTSUL       | MDAGOV 2023-07-19..; MDAGOV | Evghenia Gutul; Evghenia Guțul; Yevgenia Gutsul

# ---------------------------------------------------------------- Georgia, Armenia, Azerbaijan
ACT.GEO.KOBAKHIDZE   | GEOGOV 2024-02-08..; GEOGOV | Irakli Kobakhidze; Kobakhidze
ACT.GEO.KAVELASHVILI | GEOGOV 2024-12-29..; GEOGOV | Mikheil Kavelashvili; Kavelashvili
ACT.GEO.ZOURABICHVILI | GEOGOV 2018-12-16..2024-12-29; GEOOPP 2024-12-29..; GEOGOV | Salome Zourabichvili; Salome Zurabishvili; Zourabichvili
ACT.GEO.IVANISHVILI  | GEOGOV | Bidzina Ivanishvili; Ivanishvili
ACT.GEO.BOTCHORISHVILI | GEOGOV 2024-02-08..; GEOGOV | Maka Botchorishvili
ACT.GEO.SAAKASHVILI  | GEOOPP | Mikheil Saakashvili; Saakashvili
ACT.ARM.PASHINYAN    | ARMGOV 2018-05-08..; ARMGOV | Nikol Pashinyan; Pashinyan
ACT.ARM.MIRZOYAN     | ARMGOV 2021-08-19..; ARMGOV | Ararat Mirzoyan; Mirzoyan
ACT.ARM.KHACHATURYAN | ARMGOV 2022-03-13..; ARMGOV | Vahagn Khachaturyan
ACT.ARM.PAPIKYAN     | ARMGOV 2021-11-15..; ARMGOV | Suren Papikyan
ACT.AZE.ALIYEV       | AZEGOV 2003-10-31..; AZEGOV | Ilham Aliyev; Aliyev
ACT.AZE.BAYRAMOV     | AZEGOV 2020-07-16..; AZEGOV | Jeyhun Bayramov; Bayramov
ACT.AZE.HAJIYEV      | AZEGOV | Hikmet Hajiyev
ACT.AZE.HASANOV      | AZEGOV | Zakir Hasanov
ACT.AZE.ASADOV       | AZEGOV 2019-10-08..; AZEGOV | Ali Asadov
ACT.UKR.KLYMENKO     | UKRGOV 2023-02-07..; UKRGOV | Ihor Klymenko
ACT.UKR.KAMYSHIN     | UKRGOV | Oleksandr Kamyshin
ACT.UKR.SOBOLEV      | UKRGOV | Oleksii Sobolev; Oleksiy Sobolev
ACT.RUS.OVERCHUK     | RUSGOV | Alexei Overchuk; Alexey Overchuk
ACT.RUS.SOLOVYOV     | RUSMED | Vladimir Solovyov
ACT.RUS.SIMONYAN     | RUSMED | Margarita Simonyan
ACT.RUS.KOZAK        | RUSGOV ..2025-09-01; RUSELI | Dmitry Kozak
ACT.RUS.KIRIYENKO    | RUSGOV | Sergei Kiriyenko; Sergey Kiriyenko
ACT.RUS.MORDASHOV    | RUSBUS | Alexei Mordashov; Roman Abramovich; Oleg Deripaska; Vladimir Potanin; Alisher Usmanov; Mikhail Fridman
