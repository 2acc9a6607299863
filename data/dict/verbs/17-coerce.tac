# Verb and event-noun patterns for CAMEO root 17 (coerce).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V1711.0001  | 1711 | confiscate dobj=*   # confiscates property
V1711.0002  | 1711 | expropriate dobj=*
V1711.0003  | 1711 | nationalize dobj=*
V1711.0004  | 1711 | nationalise dobj=*
V1711.0005  | 1711 | commandeer dobj=*
V1711.0006  | 1711 | requisition dobj=*
V1711.0007  | 1711 | impound dobj=*
V1711.0008  | 1711 | sequester dobj=*
V1711.0009  | 1711 | sequestrate dobj=*
V1711.0010  | 1711 | seize dobj={property,properties,land,lands,farm,farms,home,homes,house,houses,assets,asset,funds,cash,money,passport,passports,equipment,shares,stake,stakes,company,companies,factory,factories,plant,mine,mines,oilfield,oilfields,bank,banks,livestock,cattle,estate,estates,businesses,business,subsidiary,subsidiaries,yacht,yachts}
V1711.0011  | 1711 | grab dobj={property,properties,land,lands,farm,farms,home,homes,house,houses,assets,asset,funds,cash,money,passport,passports,equipment,shares,stake,stakes,company,companies,factory,factories,plant,mine,mines,oilfield,oilfields,bank,banks,livestock,cattle,estate,estates,businesses,business,subsidiary,subsidiaries,yacht,yachts}
V1711.0012  | 1711 | take_over dobj={property,properties,land,lands,farm,farms,home,homes,house,houses,assets,asset,funds,cash,money,passport,passports,equipment,shares,stake,stakes,company,companies,factory,factories,plant,mine,mines,oilfield,oilfields,bank,banks,livestock,cattle,estate,estates,businesses,business,subsidiary,subsidiaries,yacht,yachts}
V1711.0013  | 1711 | appropriate dobj={property,properties,land,lands,farm,farms,home,homes,house,houses,assets,asset,funds,cash,money,passport,passports,equipment,shares,stake,stakes,company,companies,factory,factories,plant,mine,mines,oilfield,oilfields,bank,banks,livestock,cattle,estate,estates,businesses,business,subsidiary,subsidiaries,yacht,yachts}
V1711.0014  | 1711 | take dobj={property,properties,land,lands,farm,farms,home,homes,house,houses,assets,asset,funds,cash,money,passport,passports,equipment,shares,stake,stakes,company,companies,factory,factories,plant,mine,mines,oilfield,oilfields,bank,banks,livestock,cattle,estate,estates,businesses,business,subsidiary,subsidiaries,yacht,yachts}
V1711.0015  | 1711 | take_over dobj={company,companies,factory,plant,assets,property,mine,oilfield,oilfields,bank,banks,subsidiary,operations,management}
V1711.0016  | 1711 | n:seizure prep:of={property,land,assets,farms,homes,companies}
V1711.0017  | 1711 | n:confiscation prep:of=*
V1711.0018  | 1711 | n:expropriation prep:of=*

V1712.0001  | 1712 | demolish dobj=*   # destroys property
V1712.0002  | 1712 | raze dobj=*
V1712.0003  | 1712 | bulldoze dobj=*
V1712.0004  | 1712 | torch dobj=*
V1712.0005  | 1712 | dynamite dobj=*
V1712.0006  | 1712 | demolish
V1712.0007  | 1712 | raze
V1712.0008  | 1712 | bulldoze
V1712.0009  | 1712 | burn dobj={home,homes,house,houses,village,villages,building,buildings,shop,shops,church,churches,mosque,mosques,school,schools,crops,fields,farmland,orchards,olive,trees,property,properties,car,cars,vehicle,vehicles,market,markets,office,offices,shrine,shrines,temple,temples,synagogue,synagogues,structures,shelters,tents,camps,camp,neighborhood,neighbourhood,neighborhoods,dwellings,huts,livestock,granary,granaries,wells,farms,farm,businesses}
V1712.0010  | 1712 | destroy dobj={home,homes,house,houses,village,villages,building,buildings,shop,shops,church,churches,mosque,mosques,school,schools,crops,fields,farmland,orchards,olive,trees,property,properties,car,cars,vehicle,vehicles,market,markets,office,offices,shrine,shrines,temple,temples,synagogue,synagogues,structures,shelters,tents,camps,camp,neighborhood,neighbourhood,neighborhoods,dwellings,huts,livestock,granary,granaries,wells,farms,farm,businesses}
V1712.0011  | 1712 | level dobj={home,homes,house,houses,village,villages,building,buildings,shop,shops,church,churches,mosque,mosques,school,schools,crops,fields,farmland,orchards,olive,trees,property,properties,car,cars,vehicle,vehicles,market,markets,office,offices,shrine,shrines,temple,temples,synagogue,synagogues,structures,shelters,tents,camps,camp,neighborhood,neighbourhood,neighborhoods,dwellings,huts,livestock,granary,granaries,wells,farms,farm,businesses}
V1712.0012  | 1712 | flatten dobj={home,homes,house,houses,village,villages,building,buildings,shop,shops,church,churches,mosque,mosques,school,schools,crops,fields,farmland,orchards,olive,trees,property,properties,car,cars,vehicle,vehicles,market,markets,office,offices,shrine,shrines,temple,temples,synagogue,synagogues,structures,shelters,tents,camps,camp,neighborhood,neighbourhood,neighborhoods,dwellings,huts,livestock,granary,granaries,wells,farms,farm,businesses}
V1712.0013  | 1712 | wreck dobj={home,homes,house,houses,village,villages,building,buildings,shop,shops,church,churches,mosque,mosques,school,schools,crops,fields,farmland,orchards,olive,trees,property,properties,car,cars,vehicle,vehicles,market,markets,office,offices,shrine,shrines,temple,temples,synagogue,synagogues,structures,shelters,tents,camps,camp,neighborhood,neighbourhood,neighborhoods,dwellings,huts,livestock,granary,granaries,wells,farms,farm,businesses}
V1712.0014  | 1712 | gut dobj={home,homes,house,houses,village,villages,building,buildings,shop,shops,church,churches,mosque,mosques,school,schools,crops,fields,farmland,orchards,olive,trees,property,properties,car,cars,vehicle,vehicles,market,markets,office,offices,shrine,shrines,temple,temples,synagogue,synagogues,structures,shelters,tents,camps,camp,neighborhood,neighbourhood,neighborhoods,dwellings,huts,livestock,granary,granaries,wells,farms,farm,businesses}
V1712.0015  | 1712 | tear_down dobj={home,homes,house,houses,village,villages,building,buildings,shop,shops,church,churches,mosque,mosques,school,schools,crops,fields,farmland,orchards,olive,trees,property,properties,car,cars,vehicle,vehicles,market,markets,office,offices,shrine,shrines,temple,temples,synagogue,synagogues,structures,shelters,tents,camps,camp,neighborhood,neighbourhood,neighborhoods,dwellings,huts,livestock,granary,granaries,wells,farms,farm,businesses}
V1712.0016  | 1712 | blow_up dobj={home,homes,house,houses,village,villages,building,buildings,shop,shops,church,churches,mosque,mosques,school,schools,crops,fields,farmland,orchards,olive,trees,property,properties,car,cars,vehicle,vehicles,market,markets,office,offices,shrine,shrines,temple,temples,synagogue,synagogues,structures,shelters,tents,camps,camp,neighborhood,neighbourhood,neighborhoods,dwellings,huts,livestock,granary,granaries,wells,farms,farm,businesses}
V1712.0017  | 1712 | set_fire dobj={home,homes,house,houses,village,villages,building,buildings,shop,shops,church,churches,mosque,mosques,school,schools,crops,fields,farmland,orchards,olive,trees,property,properties,car,cars,vehicle,vehicles,market,markets,office,offices,shrine,shrines,temple,temples,synagogue,synagogues,structures,shelters,tents,camps,camp,neighborhood,neighbourhood,neighborhoods,dwellings,huts,livestock,granary,granaries,wells,farms,farm,businesses}
V1712.0018  | 1712 | set_fire prep:to=*
V1712.0019  | 1712 | set_alight prep:to=*
V1712.0020  | 1712 | desecrate dobj={church,churches,mosque,mosques,synagogue,synagogues,temple,temples,shrine,shrines,grave,graves,cemetery,cemeteries,monument,monuments,statue,statues,memorial,memorials}
V1712.0021  | 1712 | damage dobj={church,churches,mosque,mosques,synagogue,synagogues,temple,temples,shrine,shrines,grave,graves,cemetery,cemeteries,monument,monuments,statue,statues,memorial,memorials}
V1712.0022  | 1712 | damage dobj={property,home,homes,house,houses,building,buildings,shop,shops,office,offices,car,cars,vehicle,vehicles}
V1712.0023  | 1712 | n:demolition prep:of=*
V1712.0024  | 1712 | n:destruction prep:of={homes,houses,villages,property,crops,schools,mosques,churches}

V1721.0001  | 1721 | censor dobj=*   # imposes restrictions on political freedoms
V1721.0002  | 1721 | muzzle dobj=*
V1721.0003  | 1721 | gag dobj=*
V1721.0004  | 1721 | silence dobj=*
V1721.0005  | 1721 | throttle dobj=*
V1721.0006  | 1721 | shut_down dobj={newspaper,newspapers,channel,channels,station,stations,outlet,outlets,website,websites,media,paper,papers,broadcaster,broadcasters,tv,radio,internet,platform,platforms,app,apps,networks,blog,blogs,magazine,magazines,publication,publications}
V1721.0007  | 1721 | close dobj={newspaper,newspapers,channel,channels,station,stations,outlet,outlets,website,websites,media,paper,papers,broadcaster,broadcasters,tv,radio,internet,platform,platforms,app,apps,networks,blog,blogs,magazine,magazines,publication,publications}
V1721.0008  | 1721 | shut dobj={newspaper,newspapers,channel,channels,station,stations,outlet,outlets,website,websites,media,paper,papers,broadcaster,broadcasters,tv,radio,internet,platform,platforms,app,apps,networks,blog,blogs,magazine,magazines,publication,publications}
V1721.0009  | 1721 | suspend dobj={newspaper,newspapers,channel,channels,station,stations,outlet,outlets,website,websites,media,paper,papers,broadcaster,broadcasters,tv,radio,internet,platform,platforms,app,apps,networks,blog,blogs,magazine,magazines,publication,publications}
V1721.0010  | 1721 | ban dobj={newspaper,newspapers,channel,channels,station,stations,outlet,outlets,website,websites,media,paper,papers,broadcaster,broadcasters,tv,radio,internet,platform,platforms,app,apps,networks,blog,blogs,magazine,magazines,publication,publications}
V1721.0011  | 1721 | block dobj={newspaper,newspapers,channel,channels,station,stations,outlet,outlets,website,websites,media,paper,papers,broadcaster,broadcasters,tv,radio,internet,platform,platforms,app,apps,networks,blog,blogs,magazine,magazines,publication,publications}
V1721.0012  | 1721 | outlaw dobj={newspaper,newspapers,channel,channels,station,stations,outlet,outlets,website,websites,media,paper,papers,broadcaster,broadcasters,tv,radio,internet,platform,platforms,app,apps,networks,blog,blogs,magazine,magazines,publication,publications}
V1721.0013  | 1721 | take_down dobj={newspaper,newspapers,channel,channels,station,stations,outlet,outlets,website,websites,media,paper,papers,broadcaster,broadcasters,tv,radio,internet,platform,platforms,app,apps,networks,blog,blogs,magazine,magazines,publication,publications}
V1721.0014  | 1721 | take_off dobj={newspaper,newspapers,channel,channels,station,stations,outlet,outlets,website,websites,media,paper,papers,broadcaster,broadcasters,tv,radio,internet,platform,platforms,app,apps,networks,blog,blogs,magazine,magazines,publication,publications}
V1721.0015  | 1721 | restrict dobj={internet,media,press,speech,expression,assembly,gatherings,protests,protest,freedoms,freedom,liberties,dissent,reporting,coverage,criticism,debate,information}
V1721.0016  | 1721 | curb dobj={internet,media,press,speech,expression,assembly,gatherings,protests,protest,freedoms,freedom,liberties,dissent,reporting,coverage,criticism,debate,information}
V1721.0017  | 1721 | limit dobj={internet,media,press,speech,expression,assembly,gatherings,protests,protest,freedoms,freedom,liberties,dissent,reporting,coverage,criticism,debate,information}
V1721.0018  | 1721 | curtail dobj={internet,media,press,speech,expression,assembly,gatherings,protests,protest,freedoms,freedom,liberties,dissent,reporting,coverage,criticism,debate,information}
V1721.0019  | 1721 | restrain dobj={internet,media,press,speech,expression,assembly,gatherings,protests,protest,freedoms,freedom,liberties,dissent,reporting,coverage,criticism,debate,information}
V1721.0020  | 1721 | ban dobj={protest,protests,rally,rallies,demonstration,demonstrations,gathering,gatherings,assembly,march,marches,book,books,newspaper,publication,broadcast,broadcasts,film,films,website,platform,app,media,outlet,strike,strikes,picketing,reporting,coverage,vigils,vigil,commemoration,pride}
V1721.0021  | 1721 | outlaw dobj={protest,protests,rally,rallies,demonstration,demonstrations,gathering,gatherings,assembly,march,marches,book,books,newspaper,publication,broadcast,broadcasts,film,films,website,platform,app,media,outlet,strike,strikes,picketing,reporting,coverage,vigils,vigil,commemoration,pride}
V1721.0022  | 1721 | prohibit dobj={protest,protests,rally,rallies,demonstration,demonstrations,gathering,gatherings,assembly,march,marches,book,books,newspaper,publication,broadcast,broadcasts,film,films,website,platform,app,media,outlet,strike,strikes,picketing,reporting,coverage,vigils,vigil,commemoration,pride}
V1721.0023  | 1721 | forbid dobj={protest,protests,rally,rallies,demonstration,demonstrations,gathering,gatherings,assembly,march,marches,book,books,newspaper,publication,broadcast,broadcasts,film,films,website,platform,app,media,outlet,strike,strikes,picketing,reporting,coverage,vigils,vigil,commemoration,pride}
V1721.0024  | 1721 | impose dobj={censorship,blackout,restrictions,ban,curbs} prep:on={media,press,internet,speech,reporting,coverage,protests,gatherings,journalists,expression}
V1721.0025  | 1721 | impose dobj={censorship,blackout}
V1721.0026  | 1721 | enforce dobj={censorship,blackout}
V1721.0027  | 1721 | cut dobj={internet,connectivity,service,services,networks,signal,broadcasts}
V1721.0028  | 1721 | shut_off dobj={internet,connectivity,service,services,networks,signal,broadcasts}
V1721.0029  | 1721 | shut_down dobj={internet,connectivity,service,services,networks,signal,broadcasts}
V1721.0030  | 1721 | disrupt dobj={internet,connectivity,service,services,networks,signal,broadcasts}
V1721.0031  | 1721 | sever dobj={internet,connectivity,service,services,networks,signal,broadcasts}
V1721.0032  | 1721 | restrict dobj={internet,connectivity,service,services,networks,signal,broadcasts}
V1721.0033  | 1721 | block dobj={internet,connectivity,service,services,networks,signal,broadcasts}
V1721.0034  | 1721 | crack_down prep:on={media,press,journalists,speech,expression,dissent,critics,bloggers,activists,opposition,internet,reporters,free,freedom}
V1721.0035  | 1721 | jam dobj={broadcasts,signals,signal,radio,satellite}
V1721.0036  | 1721 | expel dobj={accreditation,license,licence} prep:of={journalist,journalists,reporter,reporters,correspondent,correspondents,media,outlet,channel}
V1721.0037  | 1721 | revoke dobj={accreditation,license,licence} prep:of={journalist,journalists,reporter,reporters,correspondent,correspondents,media,outlet,channel}
V1721.0038  | 1721 | deny dobj={accreditation,license,licence} prep:of={journalist,journalists,reporter,reporters,correspondent,correspondents,media,outlet,channel}
V1721.0039  | 1721 | cancel dobj={accreditation,license,licence} prep:of={journalist,journalists,reporter,reporters,correspondent,correspondents,media,outlet,channel}
V1721.0040  | 1721 | pass dobj={law,bill,legislation} prep:on={agents,foreign,ngos,media,protest,assembly,internet,extremism}
V1721.0041  | 1721 | adopt dobj={law,bill,legislation} prep:on={agents,foreign,ngos,media,protest,assembly,internet,extremism}
V1721.0042  | 1721 | approve dobj={law,bill,legislation} prep:on={agents,foreign,ngos,media,protest,assembly,internet,extremism}
V1721.0043  | 1721 | introduce dobj={law,bill,legislation} prep:on={agents,foreign,ngos,media,protest,assembly,internet,extremism}
V1721.0044  | 1721 | enact dobj={law,bill,legislation} prep:on={agents,foreign,ngos,media,protest,assembly,internet,extremism}
V1721.0045  | 1721 | n:crackdown prep:on={media,press,journalists,speech,dissent,internet,critics}

V1722.0001  | 1722 | ban dobj={party,parties,opposition,movement,association,associations,union,unions,organization,organisation,organizations,organisations,group,groups,foundation,front,league,coalition}   # bans parties or politicians
V1722.0002  | 1722 | outlaw dobj={party,parties,opposition,movement,association,associations,union,unions,organization,organisation,organizations,organisations,group,groups,foundation,front,league,coalition}
V1722.0003  | 1722 | dissolve dobj={party,parties,opposition,movement,association,associations,union,unions,organization,organisation,organizations,organisations,group,groups,foundation,front,league,coalition}
V1722.0004  | 1722 | disband dobj={party,parties,opposition,movement,association,associations,union,unions,organization,organisation,organizations,organisations,group,groups,foundation,front,league,coalition}
V1722.0005  | 1722 | proscribe dobj={party,parties,opposition,movement,association,associations,union,unions,organization,organisation,organizations,organisations,group,groups,foundation,front,league,coalition}
V1722.0006  | 1722 | suspend dobj={party,parties,opposition,movement,association,associations,union,unions,organization,organisation,organizations,organisations,group,groups,foundation,front,league,coalition}
V1722.0007  | 1722 | deregister dobj={party,parties,opposition,movement,association,associations,union,unions,organization,organisation,organizations,organisations,group,groups,foundation,front,league,coalition}
V1722.0008  | 1722 | shut_down dobj={party,parties,opposition,movement,association,associations,union,unions,organization,organisation,organizations,organisations,group,groups,foundation,front,league,coalition}
V1722.0009  | 1722 | liquidate dobj={party,parties,opposition,movement,association,associations,union,unions,organization,organisation,organizations,organisations,group,groups,foundation,front,league,coalition}
V1722.0010  | 1722 | abolish dobj={party,parties,opposition,movement,association,associations,union,unions,organization,organisation,organizations,organisations,group,groups,foundation,front,league,coalition}
V1722.0011  | 1722 | disqualify dobj=*
V1722.0012  | 1722 | deregister dobj=*
V1722.0013  | 1722 | bar dobj=$target prep:from={running,contesting,election,elections,politics,office,standing,ballot,race,vote,polls,parliament,holding,participating,leaving,travel,travelling}
V1722.0014  | 1722 | ban dobj=$target prep:from={running,contesting,election,elections,politics,office,standing,ballot,race,vote,polls,parliament,holding,participating,leaving,travel,travelling}
V1722.0015  | 1722 | block dobj=$target prep:from={running,contesting,election,elections,politics,office,standing,ballot,race,vote,polls,parliament,holding,participating,leaving,travel,travelling}
V1722.0016  | 1722 | exclude dobj=$target prep:from={running,contesting,election,elections,politics,office,standing,ballot,race,vote,polls,parliament,holding,participating,leaving,travel,travelling}
V1722.0017  | 1722 | prevent dobj=$target prep:from={running,contesting,election,elections,politics,office,standing,ballot,race,vote,polls,parliament,holding,participating,leaving,travel,travelling}
V1722.0018  | 1722 | disqualify dobj=$target prep:from={running,contesting,election,elections,politics,office,standing,ballot,race,vote,polls,parliament,holding,participating,leaving,travel,travelling}
V1722.0019  | 1722 | exclude dobj=* prep:from={election,elections,ballot,race,vote,polls}
V1722.0020  | 1722 | remove dobj=* prep:from={election,elections,ballot,race,vote,polls}
V1722.0021  | 1722 | strike dobj=* prep:from={election,elections,ballot,race,vote,polls}
V1722.0022  | 1722 | strip dobj=* prep:of={seat,mandate,immunity,membership,eligibility}
V1722.0023  | 1722 | expel dobj=* prep:from={parliament,party,assembly,legislature,senate,congress,chamber,council,cabinet,government}
V1722.0024  | 1722 | remove dobj=* prep:from={parliament,party,assembly,legislature,senate,congress,chamber,council,cabinet,government}
V1722.0025  | 1722 | oust dobj=* prep:from={parliament,party,assembly,legislature,senate,congress,chamber,council,cabinet,government}
V1722.0026  | 1722 | suspend dobj=* prep:from={parliament,party,assembly,legislature,senate,congress,chamber,council,cabinet,government}
V1722.0027  | 1722 | deny dobj={candidacy,registration,nomination,application,bid} prep:of=*
V1722.0028  | 1722 | deny dobj={candidacy,registration}
V1722.0029  | 1722 | impeach dobj=*
V1722.0030  | 1722 | unseat dobj=*
V1722.0031  | 1722 | oust dobj=*
V1722.0032  | 1722 | depose dobj=*
V1722.0033  | 1722 | topple dobj=*
V1722.0034  | 1722 | overthrow dobj=*
V1722.0035  | 1722 | arrest dobj={candidate,candidates}
V1722.0036  | 1722 | detain dobj={candidate,candidates}
V1722.0037  | 1722 | jail dobj={candidate,candidates}
V1722.0038  | 1722 | n:ban prep:on={party,parties,opposition,movement,group,candidate,candidates}

V1723.0001  | 1723 | impose dobj={curfew,curfews}   # imposes curfew
V1723.0002  | 1723 | declare dobj={curfew,curfews}
V1723.0003  | 1723 | enforce dobj={curfew,curfews}
V1723.0004  | 1723 | extend dobj={curfew,curfews}
V1723.0005  | 1723 | announce dobj={curfew,curfews}
V1723.0006  | 1723 | order dobj={curfew,curfews}
V1723.0007  | 1723 | introduce dobj={curfew,curfews}
V1723.0008  | 1723 | reimpose dobj={curfew,curfews}
V1723.0009  | 1723 | tighten dobj={curfew,curfews}
V1723.0010  | 1723 | set dobj={curfew,curfews}
V1723.0011  | 1723 | slap dobj={curfew,curfews}
V1723.0012  | 1723 | implement dobj={curfew,curfews}
V1723.0013  | 1723 | place dobj=* prep:under={curfew}
V1723.0014  | 1723 | put dobj=* prep:under={curfew}
V1723.0015  | 1723 | n:curfew prep:in=*
V1723.0016  | 1723 | n:curfew prep:on=*

V1724.0001  | 1724 | declare dobj={emergency,law}   # imposes state of emergency or martial law
V1724.0002  | 1724 | impose dobj={emergency,law}
V1724.0003  | 1724 | proclaim dobj={emergency,law}
V1724.0004  | 1724 | extend dobj={emergency,law}
V1724.0005  | 1724 | announce dobj={emergency,law}
V1724.0006  | 1724 | reimpose dobj={emergency,law}
V1724.0007  | 1724 | enforce dobj={emergency,law}
V1724.0008  | 1724 | invoke dobj={emergency,law}
V1724.0009  | 1724 | introduce dobj={emergency,law}
V1724.0010  | 1724 | declare dobj={state} prep:of={emergency,siege,alert,war}
V1724.0011  | 1724 | impose dobj={state} prep:of={emergency,siege,alert,war}
V1724.0012  | 1724 | proclaim dobj={state} prep:of={emergency,siege,alert,war}
V1724.0013  | 1724 | extend dobj={state} prep:of={emergency,siege,alert,war}
V1724.0014  | 1724 | announce dobj={state} prep:of={emergency,siege,alert,war}
V1724.0015  | 1724 | reimpose dobj={state} prep:of={emergency,siege,alert,war}
V1724.0016  | 1724 | enforce dobj={state} prep:of={emergency,siege,alert,war}
V1724.0017  | 1724 | invoke dobj={state} prep:of={emergency,siege,alert,war}
V1724.0018  | 1724 | place dobj=* prep:under={law,rule,emergency,administration,control}
V1724.0019  | 1724 | put dobj=* prep:under={law,rule,emergency,administration,control}
V1724.0020  | 1724 | suspend dobj={constitution,parliament,rights,liberties,legislature,assembly,elections,court,courts,charter}
V1724.0021  | 1724 | dissolve dobj={parliament,assembly,legislature,government,cabinet,council,court}
V1724.0022  | 1724 | seize dobj={power,control} prep:in={coup,putsch,takeover}
V1724.0023  | 1724 | take dobj={power,control} prep:in={coup,putsch,takeover}
V1724.0024  | 1724 | grab dobj={power,control} prep:in={coup,putsch,takeover}
V1724.0025  | 1724 | assume dobj={power,control} prep:in={coup,putsch,takeover}
V1724.0026  | 1724 | stage dobj={coup,putsch,mutiny,takeover}
V1724.0027  | 1724 | launch dobj={coup,putsch,mutiny,takeover}
V1724.0028  | 1724 | mount dobj={coup,putsch,mutiny,takeover}
V1724.0029  | 1724 | carry_out dobj={coup,putsch,mutiny,takeover}
V1724.0030  | 1724 | attempt dobj={coup,putsch,mutiny,takeover}
V1724.0031  | 1724 | lead dobj={coup,putsch,mutiny,takeover}
V1724.0032  | 1724 | plot dobj={coup,putsch,mutiny,takeover}
V1724.0033  | 1724 | rule prep:by={decree}
V1724.0034  | 1724 | n:coup prep:against=$target
V1724.0035  | 1724 | n:coup prep:in=*

V171.0001   | 171  | seize dobj={ship,ships,vessel,vessels,tanker,tankers,cargo,shipment,boat,boats,freighter,freighters,trawler,trawlers}   # seizes or damages property
V171.0002   | 171  | board dobj={ship,ships,vessel,vessels,tanker,tankers,cargo,shipment,boat,boats,freighter,freighters,trawler,trawlers}
V171.0003   | 171  | detain dobj={ship,ships,vessel,vessels,tanker,tankers,cargo,shipment,boat,boats,freighter,freighters,trawler,trawlers}
V171.0004   | 171  | capture dobj={ship,ships,vessel,vessels,tanker,tankers,cargo,shipment,boat,boats,freighter,freighters,trawler,trawlers}
V171.0005   | 171  | storm dobj={ship,ships,vessel,vessels,tanker,tankers,cargo,shipment,boat,boats,freighter,freighters,trawler,trawlers}
V171.0006   | 171  | occupy dobj={land,farm,farms,home,homes,house,houses,field,fields,plot,plots}
V171.0007   | 171  | squat dobj={land,farm,farms,home,homes,house,houses,field,fields,plot,plots}
V171.0008   | 171  | plunder dobj={property,homes,houses,shops,stores,supplies,aid,food,warehouses,warehouse,cattle,livestock,grain,artifacts,antiquities}
V171.0009   | 171  | steal dobj={property,homes,houses,shops,stores,supplies,aid,food,warehouses,warehouse,cattle,livestock,grain,artifacts,antiquities}
V171.0010   | 171  | trespass

V172.0001   | 172  | impose dobj={restriction,restrictions,rule,rules,limits,regulations,requirements,lockdown,lockdowns,quarantine,travel}   # imposes administrative sanctions
V172.0002   | 172  | introduce dobj={restriction,restrictions,rule,rules,limits,regulations,requirements,lockdown,lockdowns,quarantine,travel}
V172.0003   | 172  | enforce dobj={restriction,restrictions,rule,rules,limits,regulations,requirements,lockdown,lockdowns,quarantine,travel}
V172.0004   | 172  | tighten dobj={restriction,restrictions,rule,rules,limits,regulations,requirements,lockdown,lockdowns,quarantine,travel}
V172.0005   | 172  | extend dobj={restriction,restrictions,rule,rules,limits,regulations,requirements,lockdown,lockdowns,quarantine,travel}
V172.0006   | 172  | announce dobj={restriction,restrictions,rule,rules,limits,regulations,requirements,lockdown,lockdowns,quarantine,travel}
V172.0007   | 172  | reimpose dobj={restriction,restrictions,rule,rules,limits,regulations,requirements,lockdown,lockdowns,quarantine,travel}
V172.0008   | 172  | adopt dobj={restriction,restrictions,rule,rules,limits,regulations,requirements,lockdown,lockdowns,quarantine,travel}
V172.0009   | 172  | impose dobj={restrictions,rules,limits,ban,requirements,lockdown} prep:on={women,girls,residents,citizens,people,population,minorities,muslims,christians,travel,movement,migrants,refugees,foreigners,students,workers,civilians,journalists}
V172.0010   | 172  | introduce dobj={restrictions,rules,limits,ban,requirements,lockdown} prep:on={women,girls,residents,citizens,people,population,minorities,muslims,christians,travel,movement,migrants,refugees,foreigners,students,workers,civilians,journalists}
V172.0011   | 172  | enforce dobj={restrictions,rules,limits,ban,requirements,lockdown} prep:on={women,girls,residents,citizens,people,population,minorities,muslims,christians,travel,movement,migrants,refugees,foreigners,students,workers,civilians,journalists}
V172.0012   | 172  | tighten dobj={restrictions,rules,limits,ban,requirements,lockdown} prep:on={women,girls,residents,citizens,people,population,minorities,muslims,christians,travel,movement,migrants,refugees,foreigners,students,workers,civilians,journalists}
V172.0013   | 172  | ban dobj=*
V172.0014   | 172  | outlaw dobj=*
V172.0015   | 172  | prohibit dobj=*
V172.0016   | 172  | forbid dobj=*
V172.0017   | 172  | bar dobj=*
V172.0018   | 172  | ban dobj={women,girls,people,residents,citizens,students,foreigners,migrants,journalists,palestinians,muslims,children,minorities} prep:from=*
V172.0019   | 172  | bar dobj={women,girls,people,residents,citizens,students,foreigners,migrants,journalists,palestinians,muslims,children,minorities} prep:from=*
V172.0020   | 172  | prohibit dobj={women,girls,people,residents,citizens,students,foreigners,migrants,journalists,palestinians,muslims,children,minorities} prep:from=*
V172.0021   | 172  | forbid dobj={women,girls,people,residents,citizens,students,foreigners,migrants,journalists,palestinians,muslims,children,minorities} prep:from=*
V172.0022   | 172  | prevent dobj={women,girls,people,residents,citizens,students,foreigners,migrants,journalists,palestinians,muslims,children,minorities} prep:from=*
V172.0023   | 172  | ban dobj={women,girls,people,residents,citizens,students,foreigners,migrants,journalists} xcomp=*
V172.0024   | 172  | bar dobj={women,girls,people,residents,citizens,students,foreigners,migrants,journalists} xcomp=*
V172.0025   | 172  | prohibit dobj={women,girls,people,residents,citizens,students,foreigners,migrants,journalists} xcomp=*
V172.0026   | 172  | forbid dobj={women,girls,people,residents,citizens,students,foreigners,migrants,journalists} xcomp=*
V172.0027   | 172  | prevent dobj={women,girls,people,residents,citizens,students,foreigners,migrants,journalists} xcomp=*
V172.0028   | 172  | revoke dobj={citizenship,passport,passports,license,licence,licenses,licences,visa,visas,permit,permits,residency,nationality,status,registration,permission}
V172.0029   | 172  | cancel dobj={citizenship,passport,passports,license,licence,licenses,licences,visa,visas,permit,permits,residency,nationality,status,registration,permission}
V172.0030   | 172  | suspend dobj={citizenship,passport,passports,license,licence,licenses,licences,visa,visas,permit,permits,residency,nationality,status,registration,permission}
V172.0031   | 172  | strip dobj={citizenship,passport,passports,license,licence,licenses,licences,visa,visas,permit,permits,residency,nationality,status,registration,permission}
V172.0032   | 172  | withdraw dobj={citizenship,passport,passports,license,licence,licenses,licences,visa,visas,permit,permits,residency,nationality,status,registration,permission}
V172.0033   | 172  | strip dobj=$target prep:of={citizenship,title,titles,license,licence,nationality,rights,passport,residency,honours,honors,medal,medals,award,awards}
V172.0034   | 172  | deny dobj={entry,visa,visas,access,permission,passage,education,schooling}
V172.0035   | 172  | deny iobj=* dobj={entry,visa,visas,access,permission,passage,education,schooling}
V172.0036   | 172  | close dobj={school,schools,university,universities,border,borders,crossing,crossings,mosque,mosques,church,churches,shops,businesses,markets,salons,gyms,parks}
V172.0037   | 172  | shut dobj={school,schools,university,universities,border,borders,crossing,crossings,mosque,mosques,church,churches,shops,businesses,markets,salons,gyms,parks}
V172.0038   | 172  | shut_down dobj={school,schools,university,universities,border,borders,crossing,crossings,mosque,mosques,church,churches,shops,businesses,markets,salons,gyms,parks}
V172.0039   | 172  | restrict dobj={movement,travel,access,entry,immigration,education,employment,work,residency}
V172.0040   | 172  | limit dobj={movement,travel,access,entry,immigration,education,employment,work,residency}
V172.0041   | 172  | curb dobj={movement,travel,access,entry,immigration,education,employment,work,residency}
V172.0042   | 172  | control dobj={movement,travel,access,entry,immigration,education,employment,work,residency}
V172.0043   | 172  | confine dobj=* prep:to={homes,home,houses,camps,area,areas,zone,zones}
V172.0044   | 172  | restrict dobj=* prep:to={homes,home,houses,camps,area,areas,zone,zones}
V172.0045   | 172  | put dobj=* prep:under={supervision,restrictions,lockdown,quarantine}
V172.0046   | 172  | place dobj=* prep:under={supervision,restrictions,lockdown,quarantine}
V172.0047   | 172  | lock_down dobj=*
V172.0048   | 172  | segregate dobj=*
V172.0049   | 172  | discriminate dobj=*
V172.0050   | 172  | discriminate prep:against=*
V172.0051   | 172  | compel dobj={women,girls,men,residents,citizens,students,people} xcomp=*
V172.0052   | 172  | oblige dobj={women,girls,men,residents,citizens,students,people} xcomp=*
V172.0053   | 172  | order dobj={women,girls,men,residents,citizens,students,people} xcomp=*
V172.0054   | 172  | enforce dobj={dress,hijab,rules,code,edict,edicts,ban,bans,decree,decrees}
V172.0055   | 172  | issue dobj={decree,edict,edicts,decrees,fatwa,order} prep:banning=*
V172.0056   | 172  | issue dobj={decree,edict,edicts,decrees,fatwa,order} prep:barring=*
V172.0057   | 172  | issue dobj={decree,edict,edicts,decrees,fatwa,order} prep:restricting=*
V172.0058   | 172  | issue dobj={decree,edict,edicts,decrees,fatwa,order} prep:against=*
V172.0059   | 172  | n:ban prep:on={women,girls,travel,education,work,music,entry}
V172.0060   | 172  | n:restrictions prep:on={women,girls,movement,travel,education,work,media,ngos}

V173.0001   | 173  | arrest dobj=*   # arrests, detains or charges
V173.0002   | 173  | detain dobj=*
V173.0003   | 173  | jail dobj=*
V173.0004   | 173  | imprison dobj=*
V173.0005   | 173  | apprehend dobj=*
V173.0006   | 173  | nab dobj=*
V173.0007   | 173  | incarcerate dobj=*
V173.0008   | 173  | intern dobj=*
V173.0009   | 173  | lock_up dobj=*
V173.0010   | 173  | round_up dobj=*
V173.0011   | 173  | handcuff dobj=*
V173.0012   | 173  | collar dobj=*
V173.0013   | 173  | pick_up dobj=*
V173.0014   | 173  | bust dobj=*
V173.0015   | 173  | arrest
V173.0016   | 173  | detain
V173.0017   | 173  | jail
V173.0018   | 173  | imprison
V173.0019   | 173  | apprehend
V173.0020   | 173  | incarcerate
V173.0021   | 173  | intern
V173.0022   | 173  | capture dobj={prisoner,prisoners,hostage,hostages,detainee,detainees,captive,captives,journalist,journalists,activist,activists,dissident,dissidents,soldier,soldiers,civilian,civilians,national,nationals,citizen,citizens,sailor,sailors,crew,fisherman,fishermen,protester,protesters,demonstrator,demonstrators,inmate,inmates,opponent,opponents,critic,critics,student,students,worker,workers,pow,pows,pilot,reporter,reporters,leader,leaders,politician,politicians,suspect,suspects,man,men,woman,women,child,children,people,person,persons,commander,commanders,fighters,militants,rebels,insurgents,mastermind,members,officials,opposition,lawmakers,ringleader,ringleaders,gunman,gunmen,smugglers,spies,spy,migrants,dozens,hundreds,scores,thousands,several,two,three,four,five,six,seven,eight,ten}
V173.0023   | 173  | catch dobj={prisoner,prisoners,hostage,hostages,detainee,detainees,captive,captives,journalist,journalists,activist,activists,dissident,dissidents,soldier,soldiers,civilian,civilians,national,nationals,citizen,citizens,sailor,sailors,crew,fisherman,fishermen,protester,protesters,demonstrator,demonstrators,inmate,inmates,opponent,opponents,critic,critics,student,students,worker,workers,pow,pows,pilot,reporter,reporters,leader,leaders,politician,politicians,suspect,suspects,man,men,woman,women,child,children,people,person,persons,commander,commanders,fighters,militants,rebels,insurgents,mastermind,members,officials,opposition,lawmakers,ringleader,ringleaders,gunman,gunmen,smugglers,spies,spy,migrants,dozens,hundreds,scores,thousands,several,two,three,four,five,six,seven,eight,ten}
V173.0024   | 173  | take dobj=* prep:into={custody,detention,prison,jail}
V173.0025   | 173  | hold dobj=* prep:into={custody,detention,prison,jail}
V173.0026   | 173  | keep dobj=* prep:into={custody,detention,prison,jail}
V173.0027   | 173  | remand dobj=* prep:into={custody,detention,prison,jail}
V173.0028   | 173  | place dobj=* prep:into={custody,detention,prison,jail}
V173.0029   | 173  | put dobj=* prep:into={custody,detention,prison,jail}
V173.0030   | 173  | take dobj=* prep:in={custody,detention,prison,jail,isolation,confinement,incommunicado}
V173.0031   | 173  | hold dobj=* prep:in={custody,detention,prison,jail,isolation,confinement,incommunicado}
V173.0032   | 173  | keep dobj=* prep:in={custody,detention,prison,jail,isolation,confinement,incommunicado}
V173.0033   | 173  | remand dobj=* prep:in={custody,detention,prison,jail,isolation,confinement,incommunicado}
V173.0034   | 173  | take prep:into={custody}
V173.0035   | 173  | hold dobj={prisoner,prisoners,detainee,detainees,inmates,pows,prisoners-of-war,suspects,suspect}
V173.0036   | 173  | place dobj=* prep:under={arrest,detention}
V173.0037   | 173  | put dobj=* prep:under={arrest,detention}
V173.0038   | 173  | charge dobj=$target prep:with=*
V173.0039   | 173  | charge dobj=$target prep:for=*
V173.0040   | 173  | charge dobj=$target prep:over=*
V173.0041   | 173  | indict dobj=$target prep:with=*
V173.0042   | 173  | indict dobj=$target prep:for=*
V173.0043   | 173  | indict dobj=$target prep:over=*
V173.0044   | 173  | prosecute dobj=$target prep:with=*
V173.0045   | 173  | prosecute dobj=$target prep:for=*
V173.0046   | 173  | prosecute dobj=$target prep:over=*
V173.0047   | 173  | try dobj=$target prep:with=*
V173.0048   | 173  | try dobj=$target prep:for=*
V173.0049   | 173  | try dobj=$target prep:over=*
V173.0050   | 173  | arraign dobj=$target prep:with=*
V173.0051   | 173  | arraign dobj=$target prep:for=*
V173.0052   | 173  | arraign dobj=$target prep:over=*
V173.0053   | 173  | book dobj=$target prep:with=*
V173.0054   | 173  | book dobj=$target prep:for=*
V173.0055   | 173  | book dobj=$target prep:over=*
V173.0056   | 173  | charge dobj=* prep:with=*
V173.0057   | 173  | charge dobj=* prep:for=*
V173.0058   | 173  | charge dobj=* prep:over=*
V173.0059   | 173  | indict dobj=* prep:with=*
V173.0060   | 173  | indict dobj=* prep:for=*
V173.0061   | 173  | indict dobj=* prep:over=*
V173.0062   | 173  | prosecute dobj=* prep:with=*
V173.0063   | 173  | prosecute dobj=* prep:for=*
V173.0064   | 173  | prosecute dobj=* prep:over=*
V173.0065   | 173  | arraign dobj=* prep:with=*
V173.0066   | 173  | arraign dobj=* prep:for=*
V173.0067   | 173  | arraign dobj=* prep:over=*
V173.0068   | 173  | book dobj=* prep:with=*
V173.0069   | 173  | book dobj=* prep:for=*
V173.0070   | 173  | book dobj=* prep:over=*
V173.0071   | 173  | indict
V173.0072   | 173  | prosecute
V173.0073   | 173  | arraign
V173.0074   | 173  | indict dobj=*
V173.0075   | 173  | prosecute dobj=*
V173.0076   | 173  | arraign dobj=*
V173.0077   | 173  | put dobj=* prep:on={trial}
V173.0078   | 173  | bring dobj=* prep:on={trial}
V173.0079   | 173  | place dobj=* prep:on={trial}
V173.0080   | 173  | stand dobj=* prep:on={trial}
V173.0081   | 173  | go prep:on={trial}
V173.0082   | 173  | stand prep:on={trial}
V173.0083   | 173  | try dobj=* prep:for={treason,terrorism,espionage,corruption,murder,charges,absentia,court,tribunal,crimes,fraud,charge,sedition}
V173.0084   | 173  | try dobj=* prep:in={treason,terrorism,espionage,corruption,murder,charges,absentia,court,tribunal,crimes,fraud,charge,sedition}
V173.0085   | 173  | try dobj=* prep:on={treason,terrorism,espionage,corruption,murder,charges,absentia,court,tribunal,crimes,fraud,charge,sedition}
V173.0086   | 173  | file dobj={charges,charge,indictment,indictments} prep:against=$target
V173.0087   | 173  | bring dobj={charges,charge,indictment,indictments} prep:against=$target
V173.0088   | 173  | press dobj={charges,charge,indictment,indictments} prep:against=$target
V173.0089   | 173  | lodge dobj={charges,charge,indictment,indictments} prep:against=$target
V173.0090   | 173  | level dobj={charges,charge,indictment,indictments} prep:against=$target
V173.0091   | 173  | announce dobj={charges,charge,indictment,indictments} prep:against=$target
V173.0092   | 173  | unseal dobj={charges,charge,indictment,indictments} prep:against=$target
V173.0093   | 173  | issue dobj={charges,charge,indictment,indictments} prep:against=$target
V173.0094   | 173  | file dobj={charges,charge,indictment,indictments}
V173.0095   | 173  | bring dobj={charges,charge,indictment,indictments}
V173.0096   | 173  | press dobj={charges,charge,indictment,indictments}
V173.0097   | 173  | lodge dobj={charges,charge,indictment,indictments}
V173.0098   | 173  | unseal dobj={charges,charge,indictment,indictments}
V173.0099   | 173  | issue dobj={warrant,warrants} prep:for=*
V173.0100   | 173  | seek dobj={warrant,warrants} prep:for=*
V173.0101   | 173  | obtain dobj={warrant,warrants} prep:for=*
V173.0102   | 173  | execute dobj={warrant,warrants} prep:for=*
V173.0103   | 173  | serve dobj={warrant,warrants} prep:for=*
V173.0104   | 173  | issue dobj={warrant,warrants}
V173.0105   | 173  | issue dobj={warrant,warrants} prep:against=$target
V173.0106   | 173  | extend dobj={detention,custody,arrest}
V173.0107   | 173  | prolong dobj={detention,custody,arrest}
V173.0108   | 173  | n:arrest prep:of=$target
V173.0109   | 173  | n:arrest prep:of=*
V173.0110   | 173  | n:detention prep:of=$target
V173.0111   | 173  | n:arrests prep:of=*
V173.0112   | 173  | n:indictment prep:of=*
V173.0113   | 173  | n:charges prep:against=$target

V174.0001   | 174  | deport dobj=*   # expels or deports individuals
V174.0002   | 174  | banish dobj=*
V174.0003   | 174  | exile dobj=*
V174.0004   | 174  | deport
V174.0005   | 174  | banish
V174.0006   | 174  | exile
V174.0007   | 174  | expel dobj={migrant,migrants,refugee,refugees,foreigner,foreigners,journalist,journalists,correspondent,correspondents,national,nationals,citizen,citizens,worker,priest,priests,missionary,missionaries,activist,activists,student,students,asylum-seekers,afghans,syrians,africans,dissident,dissidents,tourists,researcher,researchers,businessman,businessmen,resident,residents,settlers,family,families,tenants,squatters,villagers,people}
V174.0008   | 174  | eject dobj={migrant,migrants,refugee,refugees,foreigner,foreigners,journalist,journalists,correspondent,correspondents,national,nationals,citizen,citizens,worker,priest,priests,missionary,missionaries,activist,activists,student,students,asylum-seekers,afghans,syrians,africans,dissident,dissidents,tourists,researcher,researchers,businessman,businessmen,resident,residents,settlers,family,families,tenants,squatters,villagers,people}
V174.0009   | 174  | kick_out dobj={migrant,migrants,refugee,refugees,foreigner,foreigners,journalist,journalists,correspondent,correspondents,national,nationals,citizen,citizens,worker,priest,priests,missionary,missionaries,activist,activists,student,students,asylum-seekers,afghans,syrians,africans,dissident,dissidents,tourists,researcher,researchers,businessman,businessmen,resident,residents,settlers,family,families,tenants,squatters,villagers,people}
V174.0010   | 174  | throw_out dobj={migrant,migrants,refugee,refugees,foreigner,foreigners,journalist,journalists,correspondent,correspondents,national,nationals,citizen,citizens,worker,priest,priests,missionary,missionaries,activist,activists,student,students,asylum-seekers,afghans,syrians,africans,dissident,dissidents,tourists,researcher,researchers,businessman,businessmen,resident,residents,settlers,family,families,tenants,squatters,villagers,people}
V174.0011   | 174  | order_out dobj={migrant,migrants,refugee,refugees,foreigner,foreigners,journalist,journalists,correspondent,correspondents,national,nationals,citizen,citizens,worker,priest,priests,missionary,missionaries,activist,activists,student,students,asylum-seekers,afghans,syrians,africans,dissident,dissidents,tourists,researcher,researchers,businessman,businessmen,resident,residents,settlers,family,families,tenants,squatters,villagers,people}
V174.0012   | 174  | send_home dobj={migrant,migrants,refugee,refugees,foreigner,foreigners,journalist,journalists,correspondent,correspondents,national,nationals,citizen,citizens,worker,priest,priests,missionary,missionaries,activist,activists,student,students,asylum-seekers,afghans,syrians,africans,dissident,dissidents,tourists,researcher,researchers,businessman,businessmen,resident,residents,settlers,family,families,tenants,squatters,villagers,people}
V174.0013   | 174  | evict dobj={migrant,migrants,refugee,refugees,foreigner,foreigners,journalist,journalists,correspondent,correspondents,national,nationals,citizen,citizens,worker,priest,priests,missionary,missionaries,activist,activists,student,students,asylum-seekers,afghans,syrians,africans,dissident,dissidents,tourists,researcher,researchers,businessman,businessmen,resident,residents,settlers,family,families,tenants,squatters,villagers,people}
V174.0014   | 174  | remove dobj={migrant,migrants,refugee,refugees,foreigner,foreigners,journalist,journalists,correspondent,correspondents,national,nationals,citizen,citizens,worker,priest,priests,missionary,missionaries,activist,activists,student,students,asylum-seekers,afghans,syrians,africans,dissident,dissidents,tourists,researcher,researchers,businessman,businessmen,resident,residents,settlers,family,families,tenants,squatters,villagers,people}
V174.0015   | 174  | expel dobj={migrant,migrants,refugee,refugees,asylum-seekers,boat,boats,boatload,people,afghans,syrians,africans,rohingya,haitians,venezuelans} prep:to=*
V174.0016   | 174  | deport dobj={migrant,migrants,refugee,refugees,asylum-seekers,boat,boats,boatload,people,afghans,syrians,africans,rohingya,haitians,venezuelans} prep:to=*
V174.0017   | 174  | remove dobj={migrant,migrants,refugee,refugees,asylum-seekers,boat,boats,boatload,people,afghans,syrians,africans,rohingya,haitians,venezuelans} prep:to=*
V174.0018   | 174  | send_back dobj={migrant,migrants,refugee,refugees,asylum-seekers,boat,boats,boatload,people,afghans,syrians,africans,rohingya,haitians,venezuelans} prep:to=*
V174.0019   | 174  | push_back dobj={migrant,migrants,refugee,refugees,asylum-seekers,boat,boats,boatload,people,afghans,syrians,africans,rohingya,haitians,venezuelans} prep:to=*
V174.0020   | 174  | turn_back dobj={migrant,migrants,refugee,refugees,asylum-seekers,boat,boats,boatload,people,afghans,syrians,africans,rohingya,haitians,venezuelans} prep:to=*
V174.0021   | 174  | repel dobj={migrant,migrants,refugee,refugees,asylum-seekers,boat,boats,boatload,people,afghans,syrians,africans,rohingya,haitians,venezuelans} prep:to=*
V174.0022   | 174  | send_back dobj={migrant,migrants,refugee,refugees,asylum-seekers,boat,boats,people,afghans,syrians,rohingya}
V174.0023   | 174  | push_back dobj={migrant,migrants,refugee,refugees,asylum-seekers,boat,boats,people,afghans,syrians,rohingya}
V174.0024   | 174  | turn_back dobj={migrant,migrants,refugee,refugees,asylum-seekers,boat,boats,people,afghans,syrians,rohingya}
V174.0025   | 174  | turn_away dobj={migrant,migrants,refugee,refugees,asylum-seekers,boat,boats,people,afghans,syrians,rohingya}
V174.0026   | 174  | order dobj={prisoner,prisoners,hostage,hostages,detainee,detainees,captive,captives,journalist,journalists,activist,activists,dissident,dissidents,soldier,soldiers,civilian,civilians,national,nationals,citizen,citizens,sailor,sailors,crew,fisherman,fishermen,protester,protesters,demonstrator,demonstrators,inmate,inmates,opponent,opponents,critic,critics,student,students,worker,workers,pow,pows,pilot,reporter,reporters,leader,leaders,politician,politicians,suspect,suspects,man,men,woman,women,child,children,people,person,persons,foreigners,migrants,refugees,correspondent,correspondents,tourists} xcomp={leave,depart,go}
V174.0027   | 174  | force dobj={prisoner,prisoners,hostage,hostages,detainee,detainees,captive,captives,journalist,journalists,activist,activists,dissident,dissidents,soldier,soldiers,civilian,civilians,national,nationals,citizen,citizens,sailor,sailors,crew,fisherman,fishermen,protester,protesters,demonstrator,demonstrators,inmate,inmates,opponent,opponents,critic,critics,student,students,worker,workers,pow,pows,pilot,reporter,reporters,leader,leaders,politician,politicians,suspect,suspects,man,men,woman,women,child,children,people,person,persons,foreigners,migrants,refugees,correspondent,correspondents,tourists} xcomp={leave,depart,go}
V174.0028   | 174  | n:deportation prep:of=*
V174.0029   | 174  | n:expulsion prep:of={journalist,journalists,migrants,refugees,foreigners,correspondent,correspondents,nationals,citizens,activists,workers}

V175.0001   | 175  | crack_down   # uses tactics of violent repression
V175.0002   | 175  | clamp_down
V175.0003   | 175  | crack_down prep:on=*
V175.0004   | 175  | clamp_down prep:on=*
V175.0005   | 175  | disperse dobj={protest,protests,protesters,protestors,demonstrators,demonstration,demonstrations,rally,rallies,gathering,gatherings,march,crowd,crowds,sit-in,camp,encampment,mob,mobs,rioters,students,strikers,marchers,square,streets,barricades}
V175.0006   | 175  | scatter dobj={protest,protests,protesters,protestors,demonstrators,demonstration,demonstrations,rally,rallies,gathering,gatherings,march,crowd,crowds,sit-in,camp,encampment,mob,mobs,rioters,students,strikers,marchers,square,streets,barricades}
V175.0007   | 175  | break_up dobj={protest,protests,protesters,protestors,demonstrators,demonstration,demonstrations,rally,rallies,gathering,gatherings,march,crowd,crowds,sit-in,camp,encampment,mob,mobs,rioters,students,strikers,marchers,square,streets,barricades}
V175.0008   | 175  | rout dobj={protest,protests,protesters,protestors,demonstrators,demonstration,demonstrations,rally,rallies,gathering,gatherings,march,crowd,crowds,sit-in,camp,encampment,mob,mobs,rioters,students,strikers,marchers,square,streets,barricades}
V175.0009   | 175  | kettle dobj={protest,protests,protesters,protestors,demonstrators,demonstration,demonstrations,rally,rallies,gathering,gatherings,march,crowd,crowds,sit-in,camp,encampment,mob,mobs,rioters,students,strikers,marchers,square,streets,barricades}
V175.0010   | 175  | corral dobj={protest,protests,protesters,protestors,demonstrators,demonstration,demonstrations,rally,rallies,gathering,gatherings,march,crowd,crowds,sit-in,camp,encampment,mob,mobs,rioters,students,strikers,marchers,square,streets,barricades}
V175.0011   | 175  | clear dobj={protest,protests,protesters,protestors,demonstrators,demonstration,demonstrations,rally,rallies,gathering,gatherings,march,crowd,crowds,sit-in,camp,encampment,mob,mobs,rioters,students,strikers,marchers,square,streets,barricades}
V175.0012   | 175  | disperse dobj=*
V175.0013   | 175  | scatter dobj=*
V175.0014   | 175  | break_up dobj=*
V175.0015   | 175  | fire dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:at=*
V175.0016   | 175  | fire dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:on=*
V175.0017   | 175  | fire dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:against=*
V175.0018   | 175  | fire dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:into=*
V175.0019   | 175  | use dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:at=*
V175.0020   | 175  | use dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:on=*
V175.0021   | 175  | use dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:against=*
V175.0022   | 175  | use dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:into=*
V175.0023   | 175  | lob dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:at=*
V175.0024   | 175  | lob dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:on=*
V175.0025   | 175  | lob dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:against=*
V175.0026   | 175  | lob dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:into=*
V175.0027   | 175  | shoot dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:at=*
V175.0028   | 175  | shoot dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:on=*
V175.0029   | 175  | shoot dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:against=*
V175.0030   | 175  | shoot dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:into=*
V175.0031   | 175  | spray dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:at=*
V175.0032   | 175  | spray dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:on=*
V175.0033   | 175  | spray dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:against=*
V175.0034   | 175  | spray dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:into=*
V175.0035   | 175  | deploy dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:at=*
V175.0036   | 175  | deploy dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:on=*
V175.0037   | 175  | deploy dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:against=*
V175.0038   | 175  | deploy dobj={gas,teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters,rubber} prep:into=*
V175.0039   | 175  | fire dobj={teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters}
V175.0040   | 175  | use dobj={teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters}
V175.0041   | 175  | lob dobj={teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters}
V175.0042   | 175  | shoot dobj={teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters}
V175.0043   | 175  | spray dobj={teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters}
V175.0044   | 175  | deploy dobj={teargas,tear-gas,cannon,cannons,pellets,batons,pepper,canisters}
V175.0045   | 175  | teargas dobj=*
V175.0046   | 175  | tear-gas dobj=*
V175.0047   | 175  | baton-charge dobj=*
V175.0048   | 175  | pepper-spray dobj=*
V175.0049   | 175  | truncheon dobj=*
V175.0050   | 175  | whip dobj=*
V175.0051   | 175  | beat dobj={protesters,protestors,demonstrators,students,crowd,crowds,marchers,strikers,rioters,worshippers,mourners,camp,encampment,sit-in}
V175.0052   | 175  | attack dobj={protesters,protestors,demonstrators,students,crowd,crowds,marchers,strikers,rioters,worshippers,mourners,camp,encampment,sit-in}
V175.0053   | 175  | assault dobj={protesters,protestors,demonstrators,students,crowd,crowds,marchers,strikers,rioters,worshippers,mourners,camp,encampment,sit-in}
V175.0054   | 175  | club dobj={protesters,protestors,demonstrators,students,crowd,crowds,marchers,strikers,rioters,worshippers,mourners,camp,encampment,sit-in}
V175.0055   | 175  | charge dobj={protesters,protestors,demonstrators,students,crowd,crowds,marchers,strikers,rioters,worshippers,mourners,camp,encampment,sit-in}
V175.0056   | 175  | storm dobj={protesters,protestors,demonstrators,students,crowd,crowds,marchers,strikers,rioters,worshippers,mourners,camp,encampment,sit-in}
V175.0057   | 175  | raid dobj={protesters,protestors,demonstrators,students,crowd,crowds,marchers,strikers,rioters,worshippers,mourners,camp,encampment,sit-in}
V175.0058   | 175  | use dobj={force} prep:against={protesters,protestors,demonstrators,crowd,crowds,students,people,civilians,marchers,strikers}
V175.0059   | 175  | use dobj={force} prep:on={protesters,protestors,demonstrators,crowd,crowds,students,people,civilians,marchers,strikers}
V175.0060   | 175  | employ dobj={force} prep:against={protesters,protestors,demonstrators,crowd,crowds,students,people,civilians,marchers,strikers}
V175.0061   | 175  | employ dobj={force} prep:on={protesters,protestors,demonstrators,crowd,crowds,students,people,civilians,marchers,strikers}
V175.0062   | 175  | suppress dobj=*
V175.0063   | 175  | quell dobj=*
V175.0064   | 175  | crush dobj=*
V175.0065   | 175  | stamp_out dobj=*
V175.0066   | 175  | put_down dobj=*
V175.0067   | 175  | snuff_out dobj=*
V175.0068   | 175  | stifle dobj=*
V175.0069   | 175  | squash dobj=*
V175.0070   | 175  | repress dobj=*
V175.0071   | 175  | crush dobj={protest,protests,dissent,uprising,rebellion,revolt,opposition,demonstrations,movement,strike,strikes,riot,riots,unrest,insurrection,mutiny,resistance}
V175.0072   | 175  | suppress dobj={protest,protests,dissent,uprising,rebellion,revolt,opposition,demonstrations,movement,strike,strikes,riot,riots,unrest,insurrection,mutiny,resistance}
V175.0073   | 175  | quell dobj={protest,protests,dissent,uprising,rebellion,revolt,opposition,demonstrations,movement,strike,strikes,riot,riots,unrest,insurrection,mutiny,resistance}
V175.0074   | 175  | put_down dobj={protest,protests,dissent,uprising,rebellion,revolt,opposition,demonstrations,movement,strike,strikes,riot,riots,unrest,insurrection,mutiny,resistance}
V175.0075   | 175  | repress dobj={protest,protests,dissent,uprising,rebellion,revolt,opposition,demonstrations,movement,strike,strikes,riot,riots,unrest,insurrection,mutiny,resistance}
V175.0076   | 175  | kill dobj={protesters,protestors,demonstrators,marchers,strikers,mourners,students,worshippers}
V175.0077   | 175  | shoot dobj={protesters,protestors,demonstrators,marchers,strikers,mourners,students,worshippers}
V175.0078   | 175  | wound dobj={protesters,protestors,demonstrators,marchers,strikers,mourners,students,worshippers}
V175.0079   | 175  | injure dobj={protesters,protestors,demonstrators,marchers,strikers,mourners,students,worshippers}
V175.0080   | 175  | open dobj={fire} prep:on={protesters,protestors,demonstrators,crowd,crowds,marchers,students,strikers}
V175.0081   | 175  | repress dobj={opposition,dissidents,activists,journalists,critics,minorities,minority,christians,muslims,uyghurs,uighurs,rohingya,ahmadis,bahais,shia,sunnis,kurds,lgbt,gays,women,students,clergy,monks,worshippers,believers}
V175.0082   | 175  | n:crackdown prep:on=$target
V175.0083   | 175  | n:crackdown prep:on=*
V175.0084   | 175  | n:crackdown prep:against=*
V175.0085   | 175  | n:repression prep:of=*

V170.0001   | 170  | coerce dobj=*   # coerces
V170.0002   | 170  | bully dobj=*
V170.0003   | 170  | terrorize dobj=*
V170.0004   | 170  | terrorise dobj=*
V170.0005   | 170  | subjugate dobj=*
V170.0006   | 170  | oppress dobj=*
V170.0007   | 170  | persecute dobj=*
V170.0008   | 170  | harass dobj=*
V170.0009   | 170  | hound dobj=*
V170.0010   | 170  | force dobj=$target prep:into=*
V170.0011   | 170  | compel dobj=$target prep:into=*
V170.0012   | 170  | pressure dobj=$target prep:into=*
V170.0013   | 170  | coerce dobj=$target prep:into=*
V170.0014   | 170  | force dobj={civilians,people,residents,villagers,women,girls,children,men,workers,prisoners,detainees,families,journalists,activists} xcomp=*
V170.0015   | 170  | harass dobj={journalist,journalists,activist,activists,critic,critics,opposition,dissident,dissidents,lawyer,lawyers,family,families,relatives,residents,voters}
V170.0016   | 170  | execute dobj={prisoner,prisoners,inmate,inmates,man,men,woman,women,convict,convicts,dissident,dissidents,protester,protesters,activist,activists,people,youths,teenagers}
V170.0017   | 170  | hang dobj={prisoner,prisoners,inmate,inmates,man,men,woman,women,convict,convicts,dissident,dissidents,protester,protesters,activist,activists,people,youths,teenagers}
V170.0018   | 170  | flog dobj={prisoner,prisoners,inmate,inmates,man,men,woman,women,convict,convicts,dissident,dissidents,protester,protesters,activist,activists,people,youths,teenagers}
V170.0019   | 170  | lash dobj={prisoner,prisoners,inmate,inmates,man,men,woman,women,convict,convicts,dissident,dissidents,protester,protesters,activist,activists,people,youths,teenagers}
V170.0020   | 170  | cane dobj={prisoner,prisoners,inmate,inmates,man,men,woman,women,convict,convicts,dissident,dissidents,protester,protesters,activist,activists,people,youths,teenagers}
V170.0021   | 170  | stone dobj={prisoner,prisoners,inmate,inmates,man,men,woman,women,convict,convicts,dissident,dissidents,protester,protesters,activist,activists,people,youths,teenagers}
V170.0022   | 170  | enslave dobj=*
V170.0023   | 170  | traffic dobj=*
V170.0024   | 170  | disappear dobj=*
V170.0025   | 170  | surveil prep:on={journalists,activists,dissidents,opposition,critics,citizens,lawyers}
V170.0026   | 170  | spy prep:on={journalists,activists,dissidents,opposition,critics,citizens,lawyers}
V170.0027   | 170  | spy prep:on=$target
V170.0028   | 170  | hack dobj={phones,phone,accounts,email,emails,computers,devices} prep:of=*
V170.0029   | 170  | n:harassment prep:of=*
V170.0030   | 170  | n:persecution prep:of=*
V170.0031   | 170  | n:intimidation prep:of=*

# Added in the 2026-11 review.
V1721.7001  | 1721 | prevent dobj={demonstration,demonstrations,protest,protests,rally,rallies,march,marches,gathering,sit-in,strike,meeting}   # stops a demonstration
V1721.7002  | 1721 | ban dobj={demonstration,demonstrations,protest,protests,rally,rallies,march,marches,gathering,gatherings}
V1721.7003  | 1721 | order dobj=$target xcomp={suspend,close,shut,halt,stop,cease}   # orders a newspaper to stop publishing
V170.7001   | 170  | hack prep:into=*   # cyber intrusion
V170.7002   | 170  | hack dobj=*
V170.7003   | 170  | hold prep:as={shield,shields,hostage,hostages}   # holds civilians as human shields
