@kind actors
# Countries and territories of Oceania
# Generated layout: country, then its institutions (GOV government and ministries,
# MIL armed forces, COP police, LEG legislature, JUD top courts, GOVBUS central bank).

# Oceania

ACT.AUS | AUS | Australia; Commonwealth of Australia; Australian; Aussie; Australians; Aussies; Canberra
ACT.AUS.GOV | AUSGOV | Australian government; Australian Foreign Ministry; Australian Ministry of Foreign Affairs; Australian Defence Ministry; Australian Defense Ministry; Australian Ministry of Defence; Australian Interior Ministry; Australian cabinet; Australian authorities; government of Australia; government of the Australia; Australia government; Parliament House Canberra; Department of Foreign Affairs and Trade; DFAT
ACT.AUS.MIL | AUSMIL | Australian armed forces; Australian army; Australian military; Australian navy; Australian air force; Australian troops; Australian forces; Australian soldiers; Australian Defence Force; Royal Australian Navy; Royal Australian Air Force
ACT.AUS.COP | AUSCOP | Australian police; Australian security forces; Australian Federal Police
ACT.AUS.LEG | AUSLEG | Australian parliament; Australian legislature; Parliament of Australia; Australian Senate; Australian House of Representatives
ACT.AUS.JUD | AUSJUD | Australian Supreme Court; Australian Constitutional Court; Australian judiciary; High Court of Australia
ACT.AUS.CB | AUSGOVBUS | Australian central bank; Central Bank of Australia; Reserve Bank of Australia; RBA

ACT.NZL | NZL | New Zealand; Aotearoa; New Zealander; New Zealanders; Wellington
ACT.NZL.GOV | NZLGOV | New Zealander government; New Zealander Foreign Ministry; New Zealander Ministry of Foreign Affairs; New Zealander Defence Ministry; New Zealander Defense Ministry; New Zealander Ministry of Defence; New Zealander Interior Ministry; New Zealander cabinet; New Zealander authorities; government of New Zealand; government of the New Zealand; New Zealand government; Ministry of Foreign Affairs and Trade of New Zealand
ACT.NZL.MIL | NZLMIL | New Zealander armed forces; New Zealander army; New Zealander military; New Zealander navy; New Zealander air force; New Zealander troops; New Zealander forces; New Zealander soldiers; New Zealand Defence Force; NZDF
ACT.NZL.COP | NZLCOP | New Zealander police; New Zealander security forces; New Zealand Police
ACT.NZL.LEG | NZLLEG | New Zealander parliament; New Zealander legislature; Parliament of New Zealand; New Zealand Parliament
ACT.NZL.JUD | NZLJUD | New Zealander Supreme Court; New Zealander Constitutional Court; New Zealander judiciary; Supreme Court of New Zealand
ACT.NZL.CB | NZLGOVBUS | New Zealander central bank; Central Bank of New Zealand; Reserve Bank of New Zealand

ACT.PNG | PNG | Papua New Guinea; Independent State of Papua New Guinea; Papua New Guinean; Papua New Guineans; Port Moresby
ACT.PNG.GOV | PNGGOV | Papua New Guinean government; Papua New Guinean Foreign Ministry; Papua New Guinean Ministry of Foreign Affairs; Papua New Guinean Defence Ministry; Papua New Guinean Defense Ministry; Papua New Guinean Ministry of Defence; Papua New Guinean Interior Ministry; Papua New Guinean cabinet; Papua New Guinean authorities; government of Papua New Guinea; government of the Papua New Guinea; Papua New Guinea government
ACT.PNG.MIL | PNGMIL | Papua New Guinean armed forces; Papua New Guinean army; Papua New Guinean military; Papua New Guinean navy; Papua New Guinean air force; Papua New Guinean troops; Papua New Guinean forces; Papua New Guinean soldiers; PNG Defence Force
ACT.PNG.COP | PNGCOP | Papua New Guinean police; Papua New Guinean security forces; Royal Papua New Guinea Constabulary
ACT.PNG.LEG | PNGLEG | Papua New Guinean parliament; Papua New Guinean legislature; National Parliament of Papua New Guinea

ACT.FJI | FJI | Fiji; Republic of Fiji; Fijian; Fijians; Suva
ACT.FJI.GOV | FJIGOV | Fijian government; Fijian Foreign Ministry; Fijian Ministry of Foreign Affairs; Fijian Defence Ministry; Fijian Defense Ministry; Fijian Ministry of Defence; Fijian Interior Ministry; Fijian cabinet; Fijian authorities; government of Fiji; government of the Fiji; Fiji government
ACT.FJI.MIL | FJIMIL | Fijian armed forces; Fijian army; Fijian military; Fijian navy; Fijian air force; Fijian troops; Fijian forces; Fijian soldiers; Republic of Fiji Military Forces
ACT.FJI.COP | FJICOP | Fijian police; Fijian security forces; Fiji Police Force
ACT.FJI.LEG | FJILEG | Fijian parliament; Fijian legislature; Parliament of Fiji

ACT.SLB | SLB | Solomon Islands; Solomon Islander; Solomon Islanders; Honiara
ACT.SLB.GOV | SLBGOV | Solomon Islander government; Solomon Islander Foreign Ministry; Solomon Islander Ministry of Foreign Affairs; Solomon Islander Defence Ministry; Solomon Islander Defense Ministry; Solomon Islander Ministry of Defence; Solomon Islander Interior Ministry; Solomon Islander cabinet; Solomon Islander authorities; government of Solomon Islands; government of the Solomon Islands; Solomon Islands government
ACT.SLB.LEG | SLBLEG | Solomon Islander parliament; Solomon Islander legislature; National Parliament of Solomon Islands

ACT.VUT | VUT | Vanuatu; Republic of Vanuatu; Ni-Vanuatu; Port Vila
ACT.VUT.GOV | VUTGOV | Ni-Vanuatu government; Ni-Vanuatu Foreign Ministry; Ni-Vanuatu Ministry of Foreign Affairs; Ni-Vanuatu Defence Ministry; Ni-Vanuatu Defense Ministry; Ni-Vanuatu Ministry of Defence; Ni-Vanuatu Interior Ministry; Ni-Vanuatu cabinet; Ni-Vanuatu authorities; government of Vanuatu; government of the Vanuatu; Vanuatu government
ACT.VUT.LEG | VUTLEG | Ni-Vanuatu parliament; Ni-Vanuatu legislature; Parliament of Vanuatu

ACT.WSM | WSM | Samoa; Independent State of Samoa; Samoan; Samoans; Apia
ACT.WSM.GOV | WSMGOV | Samoan government; Samoan Foreign Ministry; Samoan Ministry of Foreign Affairs; Samoan Defence Ministry; Samoan Defense Ministry; Samoan Ministry of Defence; Samoan Interior Ministry; Samoan cabinet; Samoan authorities; government of Samoa; government of the Samoa; Samoa government
ACT.WSM.LEG | WSMLEG | Samoan parliament; Samoan legislature; Legislative Assembly of Samoa

ACT.TON | TON | Tonga; Kingdom of Tonga; Tongan; Tongans; Nuku'alofa
ACT.TON.GOV | TONGOV | Tongan government; Tongan Foreign Ministry; Tongan Ministry of Foreign Affairs; Tongan Defence Ministry; Tongan Defense Ministry; Tongan Ministry of Defence; Tongan Interior Ministry; Tongan cabinet; Tongan authorities; government of Tonga; government of the Tonga; Tonga government
ACT.TON.LEG | TONLEG | Tongan parliament; Tongan legislature; Legislative Assembly of Tonga

ACT.KIR | KIR | Kiribati; Republic of Kiribati; I-Kiribati; Tarawa
ACT.KIR.GOV | KIRGOV | I-Kiribati government; I-Kiribati Foreign Ministry; I-Kiribati Ministry of Foreign Affairs; I-Kiribati Defence Ministry; I-Kiribati Defense Ministry; I-Kiribati Ministry of Defence; I-Kiribati Interior Ministry; I-Kiribati cabinet; I-Kiribati authorities; government of Kiribati; government of the Kiribati; Kiribati government
ACT.KIR.LEG | KIRLEG | I-Kiribati parliament; I-Kiribati legislature; House of Assembly of Kiribati

ACT.TUV | TUV | Tuvalu; Tuvaluan; Tuvaluans; Funafuti
ACT.TUV.GOV | TUVGOV | Tuvaluan government; Tuvaluan Foreign Ministry; Tuvaluan Ministry of Foreign Affairs; Tuvaluan Defence Ministry; Tuvaluan Defense Ministry; Tuvaluan Ministry of Defence; Tuvaluan Interior Ministry; Tuvaluan cabinet; Tuvaluan authorities; government of Tuvalu; government of the Tuvalu; Tuvalu government
ACT.TUV.LEG | TUVLEG | Tuvaluan parliament; Tuvaluan legislature; Parliament of Tuvalu

ACT.NRU | NRU | Nauru; Republic of Nauru; Nauruan; Nauruans; Yaren
ACT.NRU.GOV | NRUGOV | Nauruan government; Nauruan Foreign Ministry; Nauruan Ministry of Foreign Affairs; Nauruan Defence Ministry; Nauruan Defense Ministry; Nauruan Ministry of Defence; Nauruan Interior Ministry; Nauruan cabinet; Nauruan authorities; government of Nauru; government of the Nauru; Nauru government
ACT.NRU.LEG | NRULEG | Nauruan parliament; Nauruan legislature; Parliament of Nauru

ACT.MHL | MHL | Marshall Islands; Republic of the Marshall Islands; Marshallese; Majuro
ACT.MHL.GOV | MHLGOV | Marshallese government; Marshallese Foreign Ministry; Marshallese Ministry of Foreign Affairs; Marshallese Defence Ministry; Marshallese Defense Ministry; Marshallese Ministry of Defence; Marshallese Interior Ministry; Marshallese cabinet; Marshallese authorities; government of Marshall Islands; government of the Marshall Islands; Marshall Islands government
ACT.MHL.LEG | MHLLEG | Marshallese parliament; Marshallese legislature; Nitijela

ACT.FSM | FSM | Micronesia; Federated States of Micronesia; Micronesian; Micronesians; Palikir
ACT.FSM.GOV | FSMGOV | Micronesian government; Micronesian Foreign Ministry; Micronesian Ministry of Foreign Affairs; Micronesian Defence Ministry; Micronesian Defense Ministry; Micronesian Ministry of Defence; Micronesian Interior Ministry; Micronesian cabinet; Micronesian authorities; government of Micronesia; government of the Micronesia; Micronesia government
ACT.FSM.LEG | FSMLEG | Micronesian parliament; Micronesian legislature; Congress of the Federated States of Micronesia

ACT.PLW | PLW | Palau; Republic of Palau; Palauan; Palauans; Ngerulmud
ACT.PLW.GOV | PLWGOV | Palauan government; Palauan Foreign Ministry; Palauan Ministry of Foreign Affairs; Palauan Defence Ministry; Palauan Defense Ministry; Palauan Ministry of Defence; Palauan Interior Ministry; Palauan cabinet; Palauan authorities; government of Palau; government of the Palau; Palau government
ACT.PLW.LEG | PLWLEG | Palauan parliament; Palauan legislature; Palau National Congress

ACT.NCL | NCL | New Caledonia; Kanaky; New Caledonian; Kanak; New Caledonians; Kanaks; Noumea; Nouméa
ACT.NCL.GOV | NCLGOV | New Caledonian government; New Caledonian authorities; government of New Caledonia; government of the New Caledonia; New Caledonia government

ACT.GUM | GUM | Guam; Guamanian; Guamanians; Hagatna
ACT.GUM.GOV | GUMGOV | Guamanian government; Guamanian authorities; government of Guam; government of the Guam; Guam government

ACT.COK | COK | Cook Islands; Cook Islander; Cook Islanders; Avarua
ACT.COK.GOV | COKGOV | Cook Islander government; Cook Islander authorities; government of Cook Islands; government of the Cook Islands; Cook Islands government
