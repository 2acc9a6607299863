@kind actors
# People of Europe (EU members, UK, Norway, Switzerland, Balkans) and of the
# EU institutions. Russia, Ukraine, Belarus, Moldova, the Caucasus:
# people-russia-ukraine.tac; Turkey: people-middle-east.tac.

# ---------------------------------------------------------------- European Union and NATO
ACT.EU.VONDERLEYEN   | DEUGOV 2013-12-17..2019-07-17; IGOEUREEC 2019-12-01..; DEUGOV | Ursula von der Leyen; von der Leyen
ACT.EU.KALLAS        | ESTGOV 2021-01-26..2024-07-15; IGOEUREEC 2024-12-01..; ESTGOV | Kaja Kallas; Kallas
ACT.EU.COSTA         | PRTGOV 2015-11-26..2024-04-02; IGOEUREEC 2024-12-01..; PRTGOV | Antonio Costa; António Costa
ACT.EU.METSOLA       | IGOEUREEC 2022-01-18..; IGOEUREEC | Roberta Metsola; Metsola
ACT.EU.MICHEL        | BELGOV 2014-10-11..2019-10-27; IGOEUREEC 2019-12-01..2024-12-01; BELELI 2024-12-01..; BELGOV | Charles Michel
ACT.EU.BORRELL       | ESPGOV 2018-06-07..2019-11-30; IGOEUREEC 2019-12-01..2024-12-01; ESPELI 2024-12-01..; ESPGOV | Josep Borrell; Borrell
ACT.EU.LAGARDE       | FRAGOV ..2011-07-05; IGOBUSIMF 2011-07-05..2019-09-12; IGOEUREECBUS 2019-11-01..; IGOBUSIMF | Christine Lagarde; Lagarde
ACT.EU.SEFCOVIC      | IGOEUREEC | Maros Sefcovic; Maroš Šefčovič; Sefcovic; Šefčovič
ACT.EU.DOMBROVSKIS   | IGOEUREEC | Valdis Dombrovskis; Dombrovskis
ACT.EU.KUBILIUS      | IGOEUREEC 2024-12-01..; IGOEUREEC | Andrius Kubilius; Kubilius
ACT.EU.KOS           | IGOEUREEC 2024-12-01..; IGOEUREEC | Marta Kos
ACT.EU.SUICA         | IGOEUREEC 2024-12-01..; IGOEUREEC | Dubravka Suica; Dubravka Šuica
ACT.EU.LAHBIB        | IGOEUREEC 2024-12-01..; IGOEUREEC | Hadja Lahbib
ACT.EU.RIBERA        | IGOEUREEC 2024-12-01..; IGOEUREEC | Teresa Ribera
ACT.EU.MAGNUSBRUNNER | IGOEUREEC 2024-12-01..; IGOEUREEC | Magnus Brunner
ACT.NATO.RUTTE       | NLDGOV 2010-10-14..2024-07-02; IGOWSTNAT 2024-10-01..; NLDGOV | Mark Rutte; Rutte
ACT.NATO.STOLTENBERG | IGOWSTNAT 2014-10-01..2024-10-01; NORGOV 2025-02-04..; IGOWSTNAT | Jens Stoltenberg; Stoltenberg
ACT.NATO.GRYNKEWICH  | IGOWSTNAT 2025-07-01..; IGOWSTNAT | Alexus Grynkewich
ACT.NATO.CAVOLI      | IGOWSTNAT 2022-07-04..2025-07-01; IGOWSTNAT | Christopher Cavoli

# ---------------------------------------------------------------- United Kingdom
ACT.GBR.STARMER      | GBROPP 2020-04-04..2024-07-05; GBRGOV 2024-07-05..; GBROPP | Keir Starmer; Sir Keir Starmer; Starmer
ACT.GBR.SUNAK        | GBRGOV 2020-02-13..2024-07-05; GBROPP 2024-07-05..2024-11-02; GBRLEG 2024-11-02..; GBRGOV | Rishi Sunak; Sunak
ACT.GBR.BJOHNSON     | GBRGOV 2016-07-13..2018-07-09; GBRGOV 2019-07-24..2022-09-06; GBRELI 2022-09-06..; GBRGOV | Boris Johnson
ACT.GBR.TRUSS        | GBRGOV 2021-09-15..2022-10-25; GBRELI 2022-10-25..; GBRGOV | Liz Truss
ACT.GBR.CAMERON      | GBRGOV 2010-05-11..2016-07-13; GBRGOV 2023-11-13..2024-07-05; GBRELI 2024-07-05..; GBRGOV | David Cameron; Lord Cameron
ACT.GBR.LAMMY        | GBROPP 2021-11-29..2024-07-05; GBRGOV 2024-07-05..; GBROPP | David Lammy; Lammy
ACT.GBR.COOPER       | GBRGOV 2024-07-05..; GBRGOV | Yvette Cooper
ACT.GBR.HEALEY       | GBROPP ..2024-07-05; GBRGOV 2024-07-05.. | John Healey; Healey
ACT.GBR.REEVES       | GBRGOV 2024-07-05..; GBRGOV | Rachel Reeves
ACT.GBR.RAYNER       | GBRGOV 2024-07-05..2025-09-05; GBRLEG 2025-09-05..; GBRGOV | Angela Rayner
ACT.GBR.MAHMOOD      | GBRGOV 2024-07-05..; GBRGOV | Shabana Mahmood
ACT.GBR.JPOWELL      | GBRGOV 2024-11-01..; GBRGOV | Jonathan Powell
ACT.GBR.FALCONER     | GBRGOV 2024-07-01..; GBRGOV | Hamish Falconer
ACT.GBR.WOODWARD     | GBRGOV 2020-11-01..; GBRGOV | Barbara Woodward
ACT.GBR.BADENOCH     | GBROPP 2024-11-02..; GBROPP | Kemi Badenoch; Badenoch
ACT.GBR.FARAGE       | GBROPP | Nigel Farage; Farage
ACT.GBR.CHARLES      | GBRGOV 2022-09-08..; GBRGOV | King Charles; King Charles III; Charles III
ACT.GBR.ELIZABETH    | GBRGOV ..2022-09-08; GBRELI | Queen Elizabeth; Queen Elizabeth II; Elizabeth II
ACT.GBR.BAILEY       | GBRGOVBUS 2020-03-16..; GBRGOVBUS | Andrew Bailey; Bank of England Governor Andrew Bailey
ACT.GBR.RADAKIN      | GBRMIL 2021-11-30..2025-09-29; GBRMIL | Tony Radakin; Sir Tony Radakin
ACT.GBR.KNIGHTON     | GBRMIL 2025-09-29..; GBRMIL | Richard Knighton; Sir Richard Knighton
ACT.GBR.SNP          | GBROPP | John Swinney
ACT.GBR.NIOFFICIALS  | GBRGOV | Michelle O'Neill; Emma Little-Pengelly

# ---------------------------------------------------------------- France
ACT.FRA.MACRON       | FRAGOV 2014-08-26..2016-08-30; FRAGOV 2017-05-14..; FRAGOV | Emmanuel Macron; Macron
ACT.FRA.LECORNU      | FRAGOV 2017-06-21..; FRAGOV | Sebastien Lecornu; Sébastien Lecornu; Lecornu
ACT.FRA.BAYROU       | FRAGOV 2024-12-13..2025-09-09; FRAELI 2025-09-09..; FRAGOV | Francois Bayrou; François Bayrou; Bayrou
ACT.FRA.BARNIER      | IGOEUREEC 2016-10-01..2021-01-01; FRAGOV 2024-09-05..2024-12-13; FRAELI 2024-12-13..; IGOEUREEC | Michel Barnier; Barnier
ACT.FRA.ATTAL        | FRAGOV 2024-01-09..2024-09-05; FRALEG 2024-09-05..; FRAGOV | Gabriel Attal; Attal
ACT.FRA.BARROT       | FRAGOV 2024-09-21..; FRAGOV | Jean-Noel Barrot; Jean-Noël Barrot
ACT.FRA.SEJOURNE     | FRAGOV 2024-01-11..2024-09-21; IGOEUREEC 2024-12-01..; FRAGOV | Stephane Sejourne; Stéphane Séjourné
ACT.FRA.COLONNA      | FRAGOV 2022-05-20..2024-01-11; FRAELI | Catherine Colonna
ACT.FRA.VAUTRIN      | FRAGOV 2024-01-11..; FRAGOV | Catherine Vautrin
ACT.FRA.RETAILLEAU   | FRAGOV 2024-09-21..2025-10-12; FRAOPP 2025-10-12..; FRAGOV | Bruno Retailleau
ACT.FRA.LEDRIAN      | FRAGOV | Jean-Yves Le Drian; Le Drian
ACT.FRA.LEPEN        | FRAOPP | Marine Le Pen; Le Pen
ACT.FRA.BARDELLA     | FRAOPP | Jordan Bardella; Bardella
ACT.FRA.MELENCHON    | FRAOPP | Jean-Luc Melenchon; Jean-Luc Mélenchon; Melenchon; Mélenchon
ACT.FRA.VILLEROY     | FRAGOVBUS 2015-11-01..; FRAGOVBUS | Francois Villeroy de Galhau; François Villeroy de Galhau; Villeroy de Galhau
ACT.FRA.LEMOINE      | FRAGOV | Christophe Lemoine
ACT.FRA.BURKHARD     | FRAMIL ..2025-09-01; FRAMIL | Thierry Burkhard
ACT.FRA.MANDON       | FRAMIL 2025-09-01..; FRAMIL | Fabien Mandon

# ---------------------------------------------------------------- Germany
ACT.DEU.MERZ         | DEUOPP 2022-01-31..2025-05-06; DEUGOV 2025-05-06..; DEUOPP | Friedrich Merz; Merz
ACT.DEU.SCHOLZ       | DEUGOV 2018-03-14..2025-05-06; DEULEG 2025-05-06..; DEUGOV | Olaf Scholz; Scholz
ACT.DEU.MERKEL       | DEUGOV 2005-11-22..2021-12-08; DEUELI 2021-12-08..; DEUGOV | Angela Merkel; Merkel
ACT.DEU.WADEPHUL     | DEULEG ..2025-05-06; DEUGOV 2025-05-06.. | Johann Wadephul; Wadephul
ACT.DEU.BAERBOCK     | DEUGOV 2021-12-08..2025-05-06; IGOUNO 2025-09-09..; DEUGOV | Annalena Baerbock; Baerbock
ACT.DEU.PISTORIUS    | DEUGOV 2023-01-19..; DEUGOV | Boris Pistorius; Pistorius
ACT.DEU.STEINMEIER   | DEUGOV 2005-11-22..2009-10-28; DEUOPP 2009-10-28..2013-12-17; DEUGOV 2013-12-17..2017-01-27; DEUGOV 2017-03-19..; DEUGOV | Frank-Walter Steinmeier; Steinmeier
ACT.DEU.KLINGBEIL    | DEUGOV 2025-05-06..; DEUGOV | Lars Klingbeil; Klingbeil
ACT.DEU.DOBRINDT     | DEUGOV 2025-05-06..; DEUGOV | Alexander Dobrindt; Dobrindt
ACT.DEU.LINDNER      | DEUGOV 2021-12-08..2024-11-07; DEUELI 2024-11-07..; DEUGOV | Christian Lindner
ACT.DEU.HABECK       | DEUGOV 2021-12-08..2025-05-06; DEUELI | Robert Habeck; Habeck
ACT.DEU.WEIDEL       | DEUOPP | Alice Weidel; Weidel
ACT.DEU.CHRUPALLA    | DEUOPP | Tino Chrupalla
ACT.DEU.NAGEL        | DEUGOVBUS 2022-01-01..; DEUGOVBUS | Joachim Nagel
ACT.DEU.KLOECKNER    | DEULEG | Julia Kloeckner; Julia Klöckner
ACT.DEU.SODER        | DEUGOV | Markus Soeder; Markus Söder; Söder

# ---------------------------------------------------------------- Italy, Spain, Portugal, Greece, Malta, Vatican
ACT.ITA.MELONI       | ITAOPP ..2022-10-22; ITAGOV 2022-10-22.. | Giorgia Meloni; Meloni
ACT.ITA.TAJANI       | ITAGOV 2022-10-22..; ITAGOV | Antonio Tajani; Tajani
ACT.ITA.CROSETTO     | ITAGOV 2022-10-22..; ITAGOV | Guido Crosetto; Crosetto
ACT.ITA.MATTARELLA   | ITAGOV 2015-02-03..; ITAGOV | Sergio Mattarella; Mattarella
ACT.ITA.SALVINI      | ITAGOV 2022-10-22..; ITAGOV | Matteo Salvini; Salvini
ACT.ITA.PIANTEDOSI   | ITAGOV 2022-10-22..; ITAGOV | Matteo Piantedosi
ACT.ITA.SCHLEIN      | ITAOPP | Elly Schlein
ACT.ITA.DRAGHI       | IGOEUREECBUS 2011-11-01..2019-11-01; ITAGOV 2021-02-13..2022-10-22; ITAELI 2022-10-22..; IGOEUREECBUS | Mario Draghi; Draghi
ACT.ESP.SANCHEZ      | ESPGOV 2018-06-02..; ESPGOV | Pedro Sanchez; Pedro Sánchez; Pedro Sánchez Pérez-Castejón
ACT.ESP.ALBARES      | ESPGOV 2021-07-12..; ESPGOV | Jose Manuel Albares; José Manuel Albares; Albares
ACT.ESP.ROBLES       | ESPGOV 2018-06-07..; ESPGOV | Margarita Robles
ACT.ESP.FEIJOO       | ESPOPP | Alberto Nunez Feijoo; Alberto Núñez Feijóo; Feijoo; Feijóo
ACT.ESP.FELIPE       | ESPGOV 2014-06-19..; ESPGOV | King Felipe; King Felipe VI; Felipe VI
ACT.ESP.PUIGDEMONT   | ESPOPP | Carles Puigdemont; Puigdemont
ACT.PRT.MONTENEGRO   | PRTGOV 2024-04-02..; PRTGOV | Luis Montenegro; Luís Montenegro
ACT.PRT.REBELO       | PRTGOV 2016-03-09..; PRTGOV | Marcelo Rebelo de Sousa; Rebelo de Sousa
ACT.PRT.RANGEL       | PRTGOV 2024-04-02..; PRTGOV | Paulo Rangel
ACT.GRC.MITSOTAKIS   | GRCGOV 2019-07-08..; GRCGOV | Kyriakos Mitsotakis; Mitsotakis
ACT.GRC.GERAPETRITIS | GRCGOV 2023-06-27..; GRCGOV | Giorgos Gerapetritis; George Gerapetritis; Gerapetritis
ACT.GRC.DENDIAS      | GRCGOV | Nikos Dendias; Dendias
ACT.CYP.CHRISTODOULIDES | CYPGOV 2023-02-28..; CYPGOV | Nikos Christodoulides; Christodoulides
ACT.MLT.ABELA        | MLTGOV 2020-01-13..; MLTGOV | Robert Abela
ACT.VAT.FRANCIS      | VATGOV 2013-03-13..2025-04-21; VATELI | Pope Francis; Jorge Mario Bergoglio
ACT.VAT.LEO          | VATGOV 2025-05-08..; VATGOV | Pope Leo; Pope Leo XIV; Leo XIV; Robert Prevost; Robert Francis Prevost
ACT.VAT.PAROLIN      | VATGOV | Pietro Parolin; Cardinal Parolin
ACT.VAT.PIZZABALLA   | VATREL | Pierbattista Pizzaballa; Cardinal Pizzaballa

# ---------------------------------------------------------------- Benelux, Ireland, Austria, Switzerland
ACT.NLD.SCHOOF       | NLDGOV 2024-07-02..; NLDGOV | Dick Schoof; Schoof
ACT.NLD.VELDKAMP     | NLDGOV 2024-07-02..2025-08-22; NLDELI | Caspar Veldkamp
ACT.NLD.VANWEEL      | NLDGOV 2024-07-02..; NLDGOV | David van Weel
ACT.NLD.BREKELMANS   | NLDGOV 2024-07-02..; NLDGOV | Ruben Brekelmans
ACT.NLD.WILDERS      | NLDLEG | Geert Wilders; Wilders
ACT.NLD.JETTEN       | NLDLEG | Rob Jetten; Jetten
ACT.BEL.DEWEVER      | BELGOV 2025-02-03..; BELGOV | Bart De Wever; De Wever
ACT.BEL.DECROO       | BELGOV 2020-10-01..2025-02-03; BELELI | Alexander De Croo; De Croo
ACT.BEL.PREVOT       | BELGOV 2025-02-03..; BELGOV | Maxime Prevot; Maxime Prévot
ACT.BEL.FRANCKEN     | BELGOV 2025-02-03..; BELGOV | Theo Francken
ACT.IRL.MARTIN       | IRLGOV 2020-06-27..; IRLGOV | Micheal Martin; Micheál Martin; Taoiseach Micheal Martin
ACT.IRL.HARRIS       | IRLGOV 2020-06-27..; IRLGOV | Simon Harris
ACT.IRL.HIGGINS      | IRLGOV 2011-11-11..2025-11-11; IRLELI 2025-11-11..; IRLGOV | Michael D. Higgins; Michael D Higgins
ACT.IRL.CONNOLLY     | IRLLEG ..2025-11-11; IRLGOV 2025-11-11.. | Catherine Connolly
ACT.IRL.MCDONALD     | IRLOPP | Mary Lou McDonald
ACT.AUT.STOCKER      | AUTGOV 2025-03-03..; AUTGOV | Christian Stocker
ACT.AUT.NEHAMMER     | AUTGOV 2021-12-06..2025-03-03; AUTELI | Karl Nehammer; Nehammer
ACT.AUT.VANDERBELLEN | AUTGOV 2017-01-26..; AUTGOV | Alexander Van der Bellen; Van der Bellen
ACT.AUT.MEINLREISINGER | AUTGOV 2025-03-03..; AUTGOV | Beate Meinl-Reisinger
ACT.AUT.KICKL        | AUTOPP | Herbert Kickl; Kickl
ACT.CHE.CASSIS       | CHEGOV 2017-11-01..; CHEGOV | Ignazio Cassis; Cassis
ACT.CHE.KELLERSUTTER | CHEGOV 2019-01-01..; CHEGOV | Karin Keller-Sutter
ACT.CHE.PARMELIN     | CHEGOV | Guy Parmelin

# ---------------------------------------------------------------- Nordic and Baltic states
ACT.DNK.FREDERIKSEN  | DNKGOV 2019-06-27..; DNKGOV | Mette Frederiksen; Frederiksen
ACT.DNK.RASMUSSEN    | DNKGOV 2022-12-15..; DNKGOV | Lars Lokke Rasmussen; Lars Løkke Rasmussen; Lokke Rasmussen; Løkke Rasmussen
ACT.DNK.POULSEN      | DNKGOV 2022-12-15..; DNKGOV | Troels Lund Poulsen
ACT.DNK.FREDERIK     | DNKGOV 2024-01-14..; DNKGOV | King Frederik; King Frederik X; Frederik X
ACT.GRL.NIELSEN      | GRLGOV 2025-04-07..; GRLGOV | Jens-Frederik Nielsen
ACT.GRL.EGEDE        | GRLGOV 2021-04-23..; GRLGOV | Mute Egede; Múte B. Egede; Mute B. Egede
ACT.SWE.KRISTERSSON  | SWEGOV 2022-10-18..; SWEGOV | Ulf Kristersson; Kristersson
ACT.SWE.STENERGARD   | SWEGOV 2022-10-18..; SWEGOV | Maria Malmer Stenergard
ACT.SWE.BILLSTROM    | SWEGOV 2022-10-18..2024-09-10; SWEELI | Tobias Billstrom; Tobias Billström
ACT.SWE.JONSON       | SWEGOV 2022-10-18..; SWEGOV | Pal Jonson; Pål Jonson
ACT.NOR.STORE        | NORGOV 2021-10-14..; NORGOV | Jonas Gahr Store; Jonas Gahr Støre; Gahr Store; Gahr Støre
ACT.NOR.EIDE         | NORGOV 2021-10-14..; NORGOV | Espen Barth Eide; Barth Eide
ACT.FIN.STUBB        | FINGOV 2024-03-01..; FINGOV | Alexander Stubb; Stubb
ACT.FIN.ORPO         | FINGOV 2023-06-20..; FINGOV | Petteri Orpo; Orpo
ACT.FIN.VALTONEN     | FINGOV 2023-06-20..; FINGOV | Elina Valtonen
ACT.FIN.HAKKANEN     | FINGOV 2023-06-20..; FINGOV | Antti Hakkanen; Antti Häkkänen
ACT.FIN.NIINISTO     | FINGOV 2012-03-01..2024-03-01; FINELI 2024-03-01..; FINGOV | Sauli Niinisto; Sauli Niinistö; Niinisto; Niinistö
ACT.EST.MICHAL       | ESTGOV 2024-07-23..; ESTGOV | Kristen Michal
ACT.EST.TSAHKNA      | ESTGOV 2023-04-17..; ESTGOV | Margus Tsahkna
ACT.EST.KARIS        | ESTGOV 2021-10-11..; ESTGOV | Alar Karis
ACT.LVA.RINKEVICS    | LVAGOV 2014-01-22..; LVAGOV | Edgars Rinkevics; Edgars Rinkēvičs; Rinkevics
ACT.LVA.SILINA       | LVAGOV 2023-09-15..; LVAGOV | Evika Silina; Evika Siliņa
ACT.LVA.BRAZE        | LVAGOV 2023-09-15..; LVAGOV | Baiba Braze; Baiba Braže
ACT.LTU.NAUSEDA      | LTUGOV 2019-07-12..; LTUGOV | Gitanas Nauseda; Gitanas Nausėda; Nauseda; Nausėda
ACT.LTU.BUDRYS       | LTUGOV 2024-12-12..; LTUGOV | Kestutis Budrys; Kęstutis Budrys
ACT.LTU.LANDSBERGIS  | LTUGOV 2020-12-07..2024-12-12; LTUELI | Gabrielius Landsbergis
ACT.LTU.RUGINIENE    | LTUGOV 2024-12-12..; LTUGOV | Inga Ruginiene; Inga Ruginienė

# ---------------------------------------------------------------- Central and Eastern Europe
ACT.POL.TUSK         | POLGOV 2007-11-16..2014-09-22; IGOEUREEC 2014-12-01..2019-12-01; POLOPP 2021-07-03..2023-12-13; POLGOV 2023-12-13..; POLGOV | Donald Tusk; Tusk
ACT.POL.SIKORSKI     | POLGOV 2023-12-13..; POLGOV | Radoslaw Sikorski; Radosław Sikorski; Sikorski
ACT.POL.KOSINIAKKAMYSZ | POLGOV 2023-12-13..; POLGOV | Wladyslaw Kosiniak-Kamysz; Władysław Kosiniak-Kamysz; Kosiniak-Kamysz
ACT.POL.DUDA         | POLGOV 2015-08-06..2025-08-06; POLELI 2025-08-06..; POLGOV | Andrzej Duda; Duda
ACT.POL.NAWROCKI     | POLGOV 2025-08-06..; POLGOV | Karol Nawrocki; Nawrocki
ACT.POL.MORAWIECKI   | POLGOV 2017-12-11..2023-12-13; POLOPP 2023-12-13..; POLGOV | Mateusz Morawiecki; Morawiecki
ACT.POL.KACZYNSKI    | POLOPP | Jaroslaw Kaczynski; Jarosław Kaczyński; Kaczynski; Kaczyński
ACT.POL.TRZASKOWSKI  | POLGOV | Rafal Trzaskowski; Rafał Trzaskowski; Trzaskowski
ACT.CZE.FIALA        | CZEGOV 2021-11-28..2025-12-09; CZEOPP 2025-12-09..; CZEGOV | Petr Fiala; Fiala
ACT.CZE.BABIS        | CZEGOV 2017-12-06..2021-12-17; CZEOPP 2021-12-17..2025-12-09; CZEGOV 2025-12-09..; CZEGOV | Andrej Babis; Andrej Babiš; Babis; Babiš
ACT.CZE.PAVEL        | CZEGOV 2023-03-09..; CZEGOV | Petr Pavel
ACT.CZE.LIPAVSKY     | CZEGOV 2021-12-17..2025-12-09; CZEELI | Jan Lipavsky; Jan Lipavský
ACT.SVK.FICO         | SVKGOV 2023-10-25..; SVKGOV | Robert Fico; Fico
ACT.SVK.PELLEGRINI   | SVKGOV 2024-06-15..; SVKGOV | Peter Pellegrini; Pellegrini
ACT.SVK.BLANAR       | SVKGOV 2023-10-25..; SVKGOV | Juraj Blanar; Juraj Blanár
ACT.HUN.ORBAN        | HUNGOV 2010-05-29..; HUNGOV | Viktor Orban; Viktor Orbán; Orban; Orbán
ACT.HUN.SZIJJARTO    | HUNGOV 2014-09-23..; HUNGOV | Peter Szijjarto; Péter Szijjártó; Szijjarto; Szijjártó
ACT.HUN.MAGYAR       | HUNOPP | Peter Magyar; Péter Magyar
ACT.HUN.SULYOK       | HUNGOV 2024-03-05..; HUNGOV | Tamas Sulyok; Tamás Sulyok
ACT.ROU.DAN          | ROUGOV 2025-05-26..; ROUGOV | Nicusor Dan; Nicușor Dan
ACT.ROU.IOHANNIS     | ROUGOV 2014-12-21..2025-02-12; ROUELI 2025-02-12..; ROUGOV | Klaus Iohannis; Iohannis
ACT.ROU.BOLOJAN      | ROUGOV 2025-02-12..; ROUGOV | Ilie Bolojan; Bolojan
ACT.ROU.CIOLACU      | ROUGOV 2023-06-15..2025-05-06; ROUELI | Marcel Ciolacu; Ciolacu
ACT.ROU.GEORGESCU    | ROUOPP | Calin Georgescu; Călin Georgescu
ACT.ROU.SIMION       | ROUOPP | George Simion
ACT.BGR.RADEV        | BGRGOV 2017-01-22..; BGRGOV | Rumen Radev; Radev
ACT.BGR.ZHELYAZKOV   | BGRGOV 2025-01-16..; BGRGOV | Rosen Zhelyazkov
ACT.SVN.GOLOB        | SVNGOV 2022-06-01..; SVNGOV | Robert Golob
ACT.SVN.PIRCMUSAR    | SVNGOV 2022-12-23..; SVNGOV | Natasa Pirc Musar; Nataša Pirc Musar
ACT.HRV.PLENKOVIC    | HRVGOV 2016-10-19..; HRVGOV | Andrej Plenkovic; Andrej Plenković; Plenkovic
ACT.HRV.MILANOVIC    | HRVGOV 2020-02-19..; HRVGOV | Zoran Milanovic; Zoran Milanović
# ---------------------------------------------------------------- Western Balkans
ACT.SRB.VUCIC        | SRBGOV 2012-07-27..; SRBGOV | Aleksandar Vucic; Aleksandar Vučić; Vucic; Vučić
ACT.SRB.MACUT        | SRBGOV 2025-04-16..; SRBGOV | Djuro Macut; Đuro Macut
ACT.SRB.VUCEVIC      | SRBGOV 2022-10-26..2025-04-16; SRBELI | Milos Vucevic; Miloš Vučević
ACT.SRB.DJURIC       | SRBGOV 2024-05-02..; SRBGOV | Marko Djuric; Marko Đurić
ACT.KSV.KURTI        | KSVGOV 2021-03-22..; KSVGOV | Albin Kurti; Kurti
ACT.KSV.OSMANI       | KSVGOV 2021-04-04..; KSVGOV | Vjosa Osmani; Osmani
ACT.BIH.DODIK        | BIHGOV | Milorad Dodik; Dodik
ACT.BIH.SCHMIDTHR    | IGOEUR 2021-08-01..; IGOEUR | Christian Schmidt
ACT.ALB.RAMA         | ALBGOV 2013-09-15..; ALBGOV | Edi Rama
ACT.MKD.MICKOSKI     | MKDGOV 2024-06-23..; MKDGOV | Hristijan Mickoski
ACT.MNE.MILATOVIC    | MNEGOV 2023-05-20..; MNEGOV | Jakov Milatovic; Jakov Milatović

# ---------------------------------------------------------------- further ministers and officials
ACT.ROU.TOIU         | ROUGOV 2025-06-23..; ROUGOV | Oana Toiu; Oana Țoiu
ACT.ROU.MOSTEANU     | ROUGOV 2025-06-23..; ROUGOV | Ionut Mosteanu; Ionuț Moșteanu
ACT.HUN.SZALAY       | HUNGOV 2022-05-24..; HUNGOV | Kristof Szalay-Bobrovniczky; Kristóf Szalay-Bobrovniczky
ACT.PRT.MELO         | PRTGOV 2024-04-02..; PRTGOV | Nuno Melo
ACT.AUT.TANNER       | AUTGOV 2020-01-07..; AUTGOV | Klaudia Tanner
ACT.FRA.BONNAFONT    | FRAGOV 2024-12-01..; FRAGOV | Jerome Bonnafont; Jérôme Bonnafont
ACT.FRA.DERIVIERE    | FRAGOV ..2024-12-01; FRAELI | Nicolas de Riviere; Nicolas de Rivière
ACT.GBR.MILIBAND     | GBRGOV 2024-07-05..; GBRGOV | Ed Miliband
ACT.GBR.STREETING    | GBRGOV 2024-07-05..; GBRGOV | Wes Streeting
ACT.GBR.MANDELSON    | GBRGOV 2025-02-10..2025-09-11; GBRELI 2025-09-11..; GBRGOV | Peter Mandelson; Lord Mandelson
ACT.GBR.DOUGHTY      | GBRGOV 2024-07-05..; GBRGOV | Stephen Doughty
ACT.GBR.CARNS        | GBRGOV 2024-07-05..; GBRGOV | Al Carns; Luke Pollard; Maria Eagle
ACT.DEU.REICHE       | DEUGOV 2025-05-06..; DEUGOV | Katherina Reiche
ACT.DEU.FREI         | DEUGOV 2025-05-06..; DEUGOV | Thorsten Frei
ACT.DEU.BREUER       | DEUMIL 2023-03-17..; DEUMIL | Carsten Breuer
ACT.FRA.NUNEZ        | FRAGOV 2025-10-12..; FRAGOV | Laurent Nunez; Laurent Nuñez
ACT.CHE.SCHLEGEL     | CHEGOVBUS 2024-10-01..; CHEGOVBUS | Martin Schlegel
ACT.ITA.PANETTA      | ITAGOVBUS 2023-11-01..; ITAGOVBUS | Fabio Panetta
ACT.ESP.ESCRIVA      | ESPGOVBUS 2024-09-01..; ESPGOVBUS | Jose Luis Escriva; José Luis Escrivá
ACT.POL.GLAPINSKI    | POLGOVBUS 2016-06-21..; POLGOVBUS | Adam Glapinski; Adam Glapiński
