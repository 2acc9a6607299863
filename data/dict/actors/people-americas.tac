@kind actors
# People of the Americas. Office holders carry their country's sector code
# for the dates in office (FROM inclusive, UNTIL exclusive); after office a
# former official becomes {country}ELI (CAMEO "elite"). Surnames are listed
# alone only where they are unambiguous in current news.

# ---------------------------------------------------------------- United States: executive
ACT.USA.TRUMP        | USABUS ..2017-01-20; USAGOV 2017-01-20..2021-01-20; USAELI 2021-01-20..2025-01-20; USAGOV 2025-01-20.. | Donald Trump; Donald J. Trump; Donald John Trump; Trump; President Trump
ACT.USA.VANCE        | USALEG 2023-01-03..2025-01-10; USAGOV 2025-01-20..; USALEG | JD Vance; J.D. Vance; James David Vance; Vance
ACT.USA.BIDEN        | USALEG ..2009-01-15; USAGOV 2009-01-20..2017-01-20; USAELI 2017-01-20..2021-01-20; USAGOV 2021-01-20..2025-01-20; USAELI 2025-01-20..; USALEG | Joe Biden; Joseph Biden; Joseph R. Biden; Biden
ACT.USA.HARRIS       | USALEG 2017-01-03..2021-01-18; USAGOV 2021-01-20..2025-01-20; USAELI 2025-01-20..; USALEG | Kamala Harris
ACT.USA.OBAMA        | USAGOV 2009-01-20..2017-01-20; USAELI 2017-01-20..; USAGOV | Barack Obama; Obama
ACT.USA.GWBUSH       | USAGOV 2001-01-20..2009-01-20; USAELI 2009-01-20..; USAGOV | George W. Bush; George W Bush
ACT.USA.BCLINTON     | USAGOV 1993-01-20..2001-01-20; USAELI 2001-01-20..; USAGOV | Bill Clinton
ACT.USA.HCLINTON     | USAGOV 2009-01-21..2013-02-01; USAELI 2013-02-01..; USAGOV | Hillary Clinton; Hillary Rodham Clinton
ACT.USA.RUBIO        | USALEG 2011-01-03..2025-01-20; USAGOV 2025-01-21..; USALEG | Marco Rubio; Rubio
ACT.USA.HEGSETH      | USAMED ..2024-11-12; USAGOV 2025-01-25..; USAMED | Pete Hegseth; Peter Hegseth; Hegseth
ACT.USA.BLINKEN      | USAGOV 2021-01-26..2025-01-20; USAELI 2025-01-20..; USAGOV | Antony Blinken; Tony Blinken; Blinken
ACT.USA.AUSTIN       | USAGOV 2021-01-22..2025-01-20; USAELI 2025-01-20..; USAGOV | Lloyd Austin; Lloyd J. Austin
ACT.USA.POMPEO       | USAGOV 2017-01-23..2021-01-20; USAELI 2021-01-20..; USAGOV | Mike Pompeo; Pompeo
ACT.USA.SULLIVAN     | USAGOV 2021-01-20..2025-01-20; USAELI 2025-01-20..; USAGOV | Jake Sullivan
ACT.USA.WALTZ        | USALEG 2019-01-03..2025-01-20; USAGOV 2025-01-20..; USALEG | Mike Waltz; Michael Waltz; Waltz
ACT.USA.WITKOFF      | USABUS ..2025-01-20; USAGOV 2025-01-20.. | Steve Witkoff; Steven Witkoff; Witkoff
ACT.USA.KELLOGG      | USAGOV 2025-01-20..; USAGOV | Keith Kellogg; Kellogg
ACT.USA.KUSHNER      | USAGOV 2017-01-20..2021-01-20; USABUS 2021-01-20..; USAGOV | Jared Kushner; Kushner
ACT.USA.BARRACK      | USAGOV 2025-05-09..; USAGOV | Tom Barrack; Thomas Barrack
ACT.USA.BOULOS       | USAGOV 2025-04-01..; USAGOV | Massad Boulos
ACT.USA.ORTAGUS      | USAGOV 2025-01-20..; USAGOV | Morgan Ortagus; Ortagus
ACT.USA.HUCKABEE     | USAGOV 2025-04-18..; USAGOV | Mike Huckabee; Huckabee
ACT.USA.GRENELL      | USAGOV 2025-01-20..; USAGOV | Richard Grenell; Ric Grenell; Grenell
ACT.USA.HOCHSTEIN    | USAGOV 2021-01-20..2025-01-20; USAELI 2025-01-20..; USAGOV | Amos Hochstein; Hochstein
ACT.USA.LEAVITT      | USAGOV 2025-01-20..; USAGOV | Karoline Leavitt; Leavitt
ACT.USA.BRUCE        | USAGOV 2025-01-20..; USAGOV | Tammy Bruce
ACT.USA.JEANPIERRE   | USAGOV 2022-05-13..2025-01-20; USAELI | Karine Jean-Pierre
ACT.USA.KIRBY        | USAGOV 2022-05-20..2025-01-20; USAELI | John Kirby
ACT.USA.MMILLER      | USAGOV 2023-01-01..2025-01-20; USAELI | Matthew Miller
ACT.USA.THOMASGREENFIELD | USAGOV 2021-02-25..2025-01-20; USAELI 2025-01-20..; USAGOV | Linda Thomas-Greenfield; Thomas-Greenfield
ACT.USA.SHEA         | USAGOV 2025-01-20..; USAGOV | Dorothy Shea
ACT.USA.BESSENT      | USABUS ..2025-01-28; USAGOV 2025-01-28.. | Scott Bessent; Bessent
ACT.USA.YELLEN       | USAGOVBUS 2014-02-03..2018-02-03; USAGOV 2021-01-26..2025-01-20; USAELI 2025-01-20..; USAGOVBUS | Janet Yellen; Yellen
ACT.USA.POWELL       | USAGOVBUS 2012-05-25..; USAGOVBUS | Jerome Powell; Jay Powell; Fed Chair Powell
ACT.USA.LUTNICK      | USABUS ..2025-02-21; USAGOV 2025-02-21.. | Howard Lutnick; Lutnick
ACT.USA.GREER        | USAGOV 2025-02-26..; USAGOV | Jamieson Greer; US Trade Representative Jamieson Greer
ACT.USA.NOEM         | USAGOV 2025-01-25..; USAGOV | Kristi Noem; Noem
ACT.USA.BONDI        | USAGOV 2025-02-05..; USAGOV | Pam Bondi; Pamela Bondi
ACT.USA.MILLERS      | USAGOV 2025-01-20..; USAGOV | Stephen Miller
ACT.USA.WILES        | USAGOV 2025-01-20..; USAGOV | Susie Wiles
ACT.USA.MUSK         | USABUS ..2025-01-20; USAGOV 2025-01-20..2025-05-31; USABUS 2025-05-31.. | Elon Musk; Musk
ACT.USA.DRISCOLL     | USAGOV 2025-02-25..; USAGOV | Dan Driscoll; Daniel Driscoll
ACT.USA.GABBARD      | USALEG 2013-01-03..2021-01-03; USASPY 2025-02-12..; USALEG | Tulsi Gabbard; Gabbard
ACT.USA.RATCLIFFE    | USASPY 2020-05-26..2021-01-20; USASPY 2025-01-23..; USASPY | John Ratcliffe; Ratcliffe
ACT.USA.BURNS        | USASPY 2021-03-19..2025-01-20; USAELI 2025-01-20..; USASPY | William Burns; Bill Burns
ACT.USA.PATEL        | USACOP 2025-02-21..; USACOP | Kash Patel; Kashyap Patel
ACT.USA.CAINE        | USAMIL 2025-04-11..; USAMIL | Dan Caine; Gen. Dan Caine; John Daniel Caine
ACT.USA.CQBROWN      | USAMIL 2023-10-01..2025-02-21; USAMIL | Charles Q. Brown; CQ Brown
ACT.USA.MILLEY       | USAMIL 2019-09-30..2023-09-30; USAELI 2023-09-30..; USAMIL | Mark Milley; Milley
ACT.USA.KURILLA      | USAMIL 2022-04-01..2025-08-08; USAMIL | Michael Kurilla; Erik Kurilla
ACT.USA.COOPER       | USAMIL 2025-08-08..; USAMIL | Brad Cooper; Adm. Brad Cooper
# ---------------------------------------------------------------- United States: Congress
ACT.USA.MJOHNSON     | USALEG | Speaker Mike Johnson; House Speaker Mike Johnson; Mike Johnson
ACT.USA.SCHUMER      | USALEG | Chuck Schumer; Schumer
ACT.USA.THUNE        | USALEG | John Thune; Thune
ACT.USA.JEFFRIES     | USALEG | Hakeem Jeffries; Jeffries
ACT.USA.MCCONNELL    | USALEG | Mitch McConnell; McConnell
ACT.USA.PELOSI       | USALEG | Nancy Pelosi; Pelosi
ACT.USA.GRAHAM       | USALEG | Lindsey Graham
ACT.USA.SANDERS      | USALEG | Bernie Sanders
ACT.USA.RISCH        | USALEG | Jim Risch; James Risch
ACT.USA.SHAHEEN      | USALEG | Jeanne Shaheen
ACT.USA.MAST         | USALEG | Brian Mast
ACT.USA.WICKER       | USALEG | Roger Wicker
ACT.USA.CRUZ         | USALEG | Ted Cruz
ACT.USA.WARREN       | USALEG | Elizabeth Warren
ACT.USA.AOC          | USALEG | Alexandria Ocasio-Cortez
ACT.USA.NEWSOM       | USAGOV | Gavin Newsom; Newsom
ACT.USA.MAMDANI      | USAGOV 2026-01-01..; USAGOV | Zohran Mamdani; Mamdani

# ---------------------------------------------------------------- Canada
ACT.CAN.CARNEY       | CANGOVBUS 2008-02-01..2013-06-01; CANELI 2013-06-01..2025-03-14; CANGOV 2025-03-14..; CANGOVBUS | Mark Carney; Carney
ACT.CAN.TRUDEAU      | CANGOV 2015-11-04..2025-03-14; CANELI 2025-03-14..; CANGOV | Justin Trudeau; Trudeau
ACT.CAN.JOLY         | CANGOV 2021-10-26..; CANGOV | Melanie Joly; Mélanie Joly
ACT.CAN.ANAND        | CANGOV 2019-11-20..; CANGOV | Anita Anand
ACT.CAN.BLAIR        | CANGOV 2023-07-26..2025-05-13; CANELI | Bill Blair
ACT.CAN.MCGUINTY     | CANGOV 2025-05-13..; CANGOV | David McGuinty
ACT.CAN.FREELAND     | CANGOV 2019-11-20..2025-05-13; CANELI | Chrystia Freeland; Freeland
ACT.CAN.POILIEVRE    | CANOPP | Pierre Poilievre; Poilievre
ACT.CAN.MACKLEM      | CANGOVBUS 2020-06-03..; CANGOVBUS | Tiff Macklem

# ---------------------------------------------------------------- Mexico, Central America, Caribbean
ACT.MEX.SHEINBAUM    | MEXGOV 2024-10-01..; MEXGOV | Claudia Sheinbaum; Claudia Sheinbaum Pardo; Sheinbaum
ACT.MEX.AMLO         | MEXGOV 2018-12-01..2024-10-01; MEXELI 2024-10-01..; MEXGOV | Andres Manuel Lopez Obrador; Andrés Manuel López Obrador; Lopez Obrador; López Obrador; AMLO
ACT.MEX.DELAFUENTE   | MEXGOV 2024-10-01..; MEXGOV | Juan Ramon de la Fuente; Juan Ramón de la Fuente
ACT.MEX.HARFUCH      | MEXGOV 2024-10-01..; MEXGOV | Omar Garcia Harfuch; Omar García Harfuch; Garcia Harfuch
ACT.MEX.EBRARD       | MEXGOV | Marcelo Ebrard; Ebrard
ACT.SLV.BUKELE       | SLVGOV 2019-06-01..; SLVGOV | Nayib Bukele; Bukele
ACT.GTM.AREVALO      | GTMGOV 2024-01-14..; GTMGOV | Bernardo Arevalo; Bernardo Arévalo
ACT.HND.CASTRO       | HNDGOV 2022-01-27..2026-01-27; HNDELI 2026-01-27..; HNDGOV | Xiomara Castro
ACT.NIC.ORTEGA       | NICGOV 2007-01-10..; NICGOV | Daniel Ortega; Ortega
ACT.NIC.MURILLO      | NICGOV 2017-01-10..; NICGOV | Rosario Murillo
ACT.PAN.MULINO       | PANGOV 2024-07-01..; PANGOV | Jose Raul Mulino; José Raúl Mulino; Mulino
ACT.CRI.CHAVES       | CRIGOV 2022-05-08..; CRIGOV | Rodrigo Chaves
ACT.DOM.ABINADER     | DOMGOV 2020-08-16..; DOMGOV | Luis Abinader; Abinader
ACT.CUB.DIAZCANEL    | CUBGOV 2018-04-19..; CUBGOV | Miguel Diaz-Canel; Miguel Díaz-Canel; Diaz-Canel; Díaz-Canel
ACT.CUB.BRODRIGUEZ   | CUBGOV 2009-03-02..; CUBGOV | Bruno Rodriguez; Bruno Rodríguez; Bruno Rodriguez Parrilla
ACT.CUB.RCASTRO      | CUBGOV ..2021-04-19; CUBELI 2021-04-19.. | Raul Castro; Raúl Castro
ACT.JAM.HOLNESS      | JAMGOV 2016-03-03..; JAMGOV | Andrew Holness
ACT.TTO.PERSADBISSESSAR | TTOGOV 2025-05-01..; TTOGOV | Kamla Persad-Bissessar
ACT.BRB.MOTTLEY      | BRBGOV 2018-05-25..; BRBGOV | Mia Mottley
# ---------------------------------------------------------------- Haiti
ACT.HTI.FILSAIME     | HTIGOV 2024-11-11..; HTIGOV | Alix Didier Fils-Aime; Alix Didier Fils-Aimé; Fils-Aime; Fils-Aimé
ACT.HTI.CONILLE      | HTIGOV 2024-06-03..2024-11-11; HTIELI 2024-11-11..; HTIGOV | Garry Conille; Conille
ACT.HTI.HENRY        | HTIGOV 2021-07-20..2024-04-25; HTIELI 2024-04-25..; HTIGOV | Ariel Henry
ACT.HTI.MOISE        | HTIGOV 2017-02-07..2021-07-07; HTIELI | Jovenel Moise; Jovenel Moïse
ACT.HTI.VOLTAIRE     | HTIGOV 2024-04-25..; HTIGOV | Leslie Voltaire
ACT.HTI.FRITZJEAN    | HTIGOV 2024-04-25..; HTIGOV | Fritz Alphonse Jean
ACT.HTI.SAINTCYR     | HTIGOV 2024-04-25..; HTIGOV | Laurent Saint-Cyr
ACT.HTI.EDGARDLEBLANC | HTIGOV 2024-04-25..; HTIGOV | Edgard Leblanc Fils
ACT.HTI.CHERIZIER    | HTIUAF | Jimmy Cherizier; Jimmy Chérizier; Barbecue Cherizier; Cherizier; Chérizier
ACT.HTI.VITELHOMME   | HTIUAF | Vitel'Homme Innocent; Izo; Wilson Joseph; Lanmo Sanjou
ACT.HTI.GUYPHILIPPE  | HTIOPP | Guy Philippe
ACT.KEN.OTUNGE       | KENCOP 2024-06-25..; KENCOP | Godfrey Otunge

# ---------------------------------------------------------------- South America
ACT.BRA.LULA         | BRAGOV 2003-01-01..2011-01-01; BRAELI 2011-01-01..2023-01-01; BRAGOV 2023-01-01..; BRAGOV | Luiz Inacio Lula da Silva; Luiz Inácio Lula da Silva; Lula da Silva; Lula
ACT.BRA.BOLSONARO    | BRAGOV 2019-01-01..2023-01-01; BRAOPP 2023-01-01..; BRAGOV | Jair Bolsonaro; Bolsonaro
ACT.BRA.VIEIRA       | BRAGOV 2023-01-01..; BRAGOV | Mauro Vieira
ACT.BRA.AMORIM       | BRAGOV 2023-01-01..; BRAGOV | Celso Amorim
ACT.BRA.ALCKMIN      | BRAGOV 2023-01-01..; BRAGOV | Geraldo Alckmin
ACT.BRA.HADDAD       | BRAGOV 2023-01-01..; BRAGOV | Fernando Haddad
ACT.BRA.MUCIO        | BRAGOV 2023-01-01..; BRAGOV | Jose Mucio; José Múcio
ACT.BRA.GALIPOLO     | BRAGOVBUS 2025-01-01..; BRAGOVBUS | Gabriel Galipolo; Gabriel Galípolo
ACT.BRA.MORAES       | BRAJUD | Alexandre de Moraes; de Moraes
ACT.ARG.MILEI        | ARGLEG 2021-12-10..2023-12-10; ARGGOV 2023-12-10..; ARGLEG | Javier Milei; Milei
ACT.ARG.MONDINO      | ARGGOV 2023-12-10..2024-10-30; ARGELI | Diana Mondino
ACT.ARG.WERTHEIN     | ARGGOV 2024-10-30..2025-10-22; ARGELI | Gerardo Werthein
ACT.ARG.QUIRNO       | ARGGOV 2025-10-22..; ARGGOV | Pablo Quirno
ACT.ARG.CAPUTO       | ARGGOV 2023-12-10..; ARGGOV | Luis Caputo; Toto Caputo
ACT.ARG.BULLRICH     | ARGGOV 2023-12-10..2025-12-10; ARGLEG 2025-12-10..; ARGGOV | Patricia Bullrich; Bullrich
ACT.ARG.KIRCHNER     | ARGGOV 2007-12-10..2015-12-10; ARGGOV 2019-12-10..2023-12-10; ARGOPP 2023-12-10..; ARGGOV | Cristina Fernandez de Kirchner; Cristina Fernández de Kirchner; Cristina Kirchner; Fernandez de Kirchner
ACT.VEN.MADURO       | VENGOV 2013-04-19..; VENGOV | Nicolas Maduro; Nicolás Maduro; Nicolas Maduro Moros; Maduro
ACT.VEN.DELCY        | VENGOV 2018-06-14..; VENGOV | Delcy Rodriguez; Delcy Rodríguez
ACT.VEN.GIL          | VENGOV 2023-08-18..; VENGOV | Yvan Gil; Yván Gil
ACT.VEN.PADRINO      | VENMIL 2014-10-24..; VENMIL | Vladimir Padrino Lopez; Vladimir Padrino López; Padrino Lopez; Padrino López
ACT.VEN.CABELLO      | VENGOV | Diosdado Cabello; Cabello
ACT.VEN.JRODRIGUEZ   | VENLEG 2021-01-05..; VENLEG | Jorge Rodriguez; Jorge Rodríguez
ACT.VEN.MACHADO      | VENOPP | Maria Corina Machado; María Corina Machado
ACT.VEN.GONZALEZ     | VENOPP | Edmundo Gonzalez Urrutia; Edmundo González Urrutia; Edmundo Gonzalez; Edmundo González
ACT.VEN.GUAIDO       | VENOPP | Juan Guaido; Juan Guaidó; Guaido; Guaidó
ACT.COL.PETRO        | COLLEG ..2022-08-07; COLGOV 2022-08-07.. | Gustavo Petro; Petro
ACT.COL.MARQUEZ      | COLGOV 2022-08-07..; COLGOV | Francia Marquez; Francia Márquez
ACT.COL.MURILLO      | COLGOV 2024-01-01..2025-01-31; COLELI | Luis Gilberto Murillo
ACT.COL.SARABIA      | COLGOV 2025-01-31..2025-07-01; COLELI | Laura Sarabia
ACT.COL.URIBE        | COLGOV 2002-08-07..2010-08-07; COLELI 2010-08-07..; COLGOV | Alvaro Uribe; Álvaro Uribe
ACT.CHL.BORIC        | CHLGOV 2022-03-11..2026-03-11; CHLELI 2026-03-11..; CHLGOV | Gabriel Boric; Boric
ACT.CHL.VANKLAVEREN  | CHLGOV 2023-03-10..2026-03-11; CHLELI | Alberto van Klaveren
ACT.CHL.KAST         | CHLOPP | Jose Antonio Kast; José Antonio Kast
ACT.PER.BOLUARTE     | PERGOV 2021-07-28..2025-10-10; PERELI 2025-10-10..; PERGOV | Dina Boluarte; Boluarte
ACT.PER.JERI         | PERLEG ..2025-10-10; PERGOV 2025-10-10.. | Jose Jeri; José Jerí
ACT.PER.CASTILLO     | PERGOV 2021-07-28..2022-12-07; PERELI 2022-12-07..; PERGOV | Pedro Castillo
ACT.ECU.NOBOA        | ECUGOV 2023-11-23..; ECUGOV | Daniel Noboa; Noboa
ACT.BOL.ARCE         | BOLGOV 2020-11-08..2025-11-08; BOLELI 2025-11-08..; BOLGOV | Luis Arce; Arce
ACT.BOL.PAZ          | BOLLEG ..2025-11-08; BOLGOV 2025-11-08.. | Rodrigo Paz; Rodrigo Paz Pereira
ACT.BOL.MORALES      | BOLGOV 2006-01-22..2019-11-10; BOLOPP 2019-11-10..; BOLGOV | Evo Morales
ACT.PRY.PENA         | PRYGOV 2023-08-15..; PRYGOV | Santiago Pena; Santiago Peña
ACT.URY.ORSI         | URYGOV 2025-03-01..; URYGOV | Yamandu Orsi; Yamandú Orsi; Orsi
ACT.URY.LACALLEPOU   | URYGOV 2020-03-01..2025-03-01; URYELI 2025-03-01..; URYGOV | Luis Lacalle Pou; Lacalle Pou
ACT.GUY.ALI          | GUYGOV 2020-08-02..; GUYGOV | Irfaan Ali; Mohamed Irfaan Ali
ACT.SUR.SIMONS       | SURGOV 2025-07-16..; SURGOV | Jennifer Geerlings-Simons

# ---------------------------------------------------------------- further ministers and officials
ACT.ECU.SOMMERFELD   | ECUGOV 2023-11-23..; ECUGOV | Gabriela Sommerfeld
ACT.GTM.MARTINEZ     | GTMGOV 2024-01-15..; GTMGOV | Carlos Ramiro Martinez; Carlos Ramiro Martínez
ACT.MEX.TREVILLA     | MEXMIL 2024-10-01..; MEXMIL | Ricardo Trevilla Trejo; Ricardo Trevilla
ACT.ARG.PETRI        | ARGGOV 2023-12-10..; ARGGOV | Luis Petri
ACT.DOM.ALVAREZ      | DOMGOV 2020-08-16..; DOMGOV | Roberto Alvarez; Roberto Álvarez
ACT.HND.REINA        | HNDGOV 2022-01-27..2026-01-27; HNDELI | Eduardo Enrique Reina
ACT.USA.HOMAN        | USAGOV 2025-01-20..; USAGOV | Tom Homan; Thomas Homan
ACT.USA.RFKJR        | USAGOV 2025-02-13..; USAGOV | Robert F. Kennedy Jr.; Robert F Kennedy Jr; RFK Jr.; RFK Jr
ACT.USA.BURGUM       | USAGOV 2025-02-01..; USAGOV | Doug Burgum
ACT.USA.DUFFY        | USAGOV 2025-01-28..; USAGOV | Sean Duffy
ACT.USA.HASSETT      | USAGOV 2025-01-20..; USAGOV | Kevin Hassett
ACT.USA.WRIGHT       | USAGOV 2025-02-04..; USAGOV | Energy Secretary Chris Wright; Chris Wright
ACT.USA.BONGINO      | USACOP 2025-03-17..; USACOP | Dan Bongino
ACT.USA.LANDAU       | USAGOV 2025-03-25..; USAGOV | Christopher Landau
ACT.USA.HOOKER       | USAGOV 2025-07-01..; USAGOV | Allison Hooker
ACT.USA.BANNON       | USAELI | Steve Bannon; Stephen Bannon
ACT.USA.DESANTIS     | USAGOV | Ron DeSantis; DeSantis
ACT.USA.ABBOTT       | USAGOV | Texas Governor Greg Abbott; Greg Abbott
ACT.USA.PRITZKER     | USAGOV | JB Pritzker; J.B. Pritzker; Pritzker
ACT.USA.HOCHUL       | USAGOV | Kathy Hochul; Hochul
ACT.USA.ADAMS        | USAGOV ..2026-01-01; USAELI | New York Mayor Eric Adams; Eric Adams
ACT.USA.SHAPIRO      | USAGOV | Josh Shapiro
ACT.USA.WHITMER      | USAGOV | Gretchen Whitmer
ACT.USA.ROBERTS      | USAJUD | Chief Justice John Roberts
ACT.USA.JUSTICES     | USAJUD | Clarence Thomas; Samuel Alito; Sonia Sotomayor; Elena Kagan; Neil Gorsuch; Brett Kavanaugh; Amy Coney Barrett; Ketanji Brown Jackson
ACT.USA.MCCARTHY     | USALEG ..2024-01-01; USAELI 2024-01-01.. | Kevin McCarthy
ACT.USA.GARLAND      | USAGOV 2021-03-11..2025-01-20; USAELI 2025-01-20..; USAGOV | Merrick Garland
ACT.USA.MAYORKAS     | USAGOV 2021-02-02..2025-01-20; USAELI 2025-01-20..; USAGOV | Alejandro Mayorkas
ACT.USA.WRAY         | USACOP 2017-08-02..2025-01-20; USAELI 2025-01-20..; USACOP | Christopher Wray
ACT.USA.JACKSMITH    | USAJUD 2022-11-18..2025-01-10; USAELI | special counsel Jack Smith
ACT.MEX.RODRIGUEZCEJA | MEXGOVBUS 2022-01-01..; MEXGOVBUS | Victoria Rodriguez Ceja; Victoria Rodríguez Ceja
ACT.ARG.BAUSILI      | ARGGOVBUS 2023-12-11..; ARGGOVBUS | Santiago Bausili

# ---------------------------------------------------------------- US sectors written with the bare "US" prefix
# (bare "US" is not listed anywhere: matching is case-insensitive and "us" is
# a pronoun; see data/dict/README.md)
ACT.USA.BUS          | USABUS | US companies; US company; US firms; US firm; US businesses; US investors; US executives; US banks; US exporters; US manufacturers; US tech companies; US tech giants; US oil companies; US defense contractors
ACT.USA.CVL          | USACVL | US citizens; US citizen; US nationals; US national; US residents; US voters; US hostages; US tourists; US soldiers ' families
ACT.USA.MED          | USAMED | US media; US journalists; US journalist; US reporters; US networks; US newspapers
ACT.USA.JUDX         | USAJUD | US judge; US judges; US federal judge; US federal court; US federal courts; US appeals court; US prosecutors; US district court
