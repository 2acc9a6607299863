# Verb and event-noun patterns for CAMEO root 20 (use unconventional mass violence).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V2041.0001  | 2041 | gas dobj=*   # uses chemical, biological or radiological weapons
V2041.0002  | 2041 | use dobj={sarin,chlorine,mustard,novichok,vx,toxin,toxins,anthrax,ricin,chemicals,nerve}
V2041.0003  | 2041 | deploy dobj={sarin,chlorine,mustard,novichok,vx,toxin,toxins,anthrax,ricin,chemicals,nerve}
V2041.0004  | 2041 | fire dobj={sarin,chlorine,mustard,novichok,vx,toxin,toxins,anthrax,ricin,chemicals,nerve}
V2041.0005  | 2041 | drop dobj={sarin,chlorine,mustard,novichok,vx,toxin,toxins,anthrax,ricin,chemicals,nerve}
V2041.0006  | 2041 | release dobj={sarin,chlorine,mustard,novichok,vx,toxin,toxins,anthrax,ricin,chemicals,nerve}
V2041.0007  | 2041 | unleash dobj={sarin,chlorine,mustard,novichok,vx,toxin,toxins,anthrax,ricin,chemicals,nerve}
V2041.0008  | 2041 | employ dobj={sarin,chlorine,mustard,novichok,vx,toxin,toxins,anthrax,ricin,chemicals,nerve}
V2041.0009  | 2041 | attack dobj=* prep:with={sarin,chlorine,mustard,novichok,vx,toxins,anthrax,ricin,chemicals,agent,agents}
V2041.0010  | 2041 | hit dobj=* prep:with={sarin,chlorine,mustard,novichok,vx,toxins,anthrax,ricin,chemicals,agent,agents}
V2041.0011  | 2041 | strike dobj=* prep:with={sarin,chlorine,mustard,novichok,vx,toxins,anthrax,ricin,chemicals,agent,agents}
V2041.0012  | 2041 | bomb dobj=* prep:with={sarin,chlorine,mustard,novichok,vx,toxins,anthrax,ricin,chemicals,agent,agents}
V2041.0013  | 2041 | target dobj=* prep:with={sarin,chlorine,mustard,novichok,vx,toxins,anthrax,ricin,chemicals,agent,agents}
V2041.0014  | 2041 | shell dobj=* prep:with={sarin,chlorine,mustard,novichok,vx,toxins,anthrax,ricin,chemicals,agent,agents}
V2041.0015  | 2041 | poison dobj=* prep:with={novichok,polonium,sarin,vx,ricin,agent}
V2041.0016  | 2041 | n:chemical_attack
V2041.0017  | 2041 | n:gas_attack prep:on=*
V2041.0018  | 2041 | n:chemical_attack prep:on=*
V2041.0019  | 2041 | n:sarin_attack

V2042.0001  | 2042 | nuke dobj=*   # detonates nuclear weapons
V2042.0002  | 2042 | use dobj={nuke,nukes}
V2042.0003  | 2042 | detonate dobj={nuke,nukes}
V2042.0004  | 2042 | drop dobj={nuke,nukes}
V2042.0005  | 2042 | fire dobj={nuke,nukes}
V2042.0006  | 2042 | launch dobj={nuke,nukes}
V2042.0007  | 2042 | n:nuclear_strike
V2042.0008  | 2042 | n:nuclear_attack

V201.0001   | 201  | displace dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives}   # mass expulsion
V201.0002   | 201  | uproot dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives}
V201.0003   | 201  | depopulate dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives}
V201.0004   | 201  | drive_out dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives}
V201.0005   | 201  | force_out dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives}
V201.0006   | 201  | displace dobj=*
V201.0007   | 201  | uproot dobj=*
V201.0008   | 201  | depopulate dobj=*
V201.0009   | 201  | drive dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives} prep:from=*
V201.0010   | 201  | drive dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives} prep:out=*
V201.0011   | 201  | force dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives} prep:from=*
V201.0012   | 201  | force dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives} prep:out=*
V201.0013   | 201  | push dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives} prep:from=*
V201.0014   | 201  | push dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives} prep:out=*
V201.0015   | 201  | force dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives} xcomp={flee,leave,evacuate,abandon,relocate}
V201.0016   | 201  | order dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives} xcomp={leave,evacuate,relocate,move}
V201.0017   | 201  | empty dobj={village,villages,town,towns,neighborhood,neighbourhoods,neighborhoods,district,area,camp,camps} prep:of={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives}
V201.0018   | 201  | clear dobj={village,villages,town,towns,neighborhood,neighbourhoods,neighborhoods,district,area,camp,camps} prep:of={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives}
V201.0019   | 201  | n:expulsion prep:of={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives}
V201.0020   | 201  | n:displacement prep:of={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives}
V201.0021   | 201  | n:forced_displacement

V202.0001   | 202  | massacre dobj=*   # mass killings
V202.0002   | 202  | slaughter dobj=*
V202.0003   | 202  | exterminate dobj=*
V202.0004   | 202  | butcher dobj=*
V202.0005   | 202  | massacre
V202.0006   | 202  | commit dobj={massacre,massacres,genocide,slaughter,pogrom,pogroms,extermination,bloodbath}
V202.0007   | 202  | carry_out dobj={massacre,massacres,genocide,slaughter,pogrom,pogroms,extermination,bloodbath}
V202.0008   | 202  | perpetrate dobj={massacre,massacres,genocide,slaughter,pogrom,pogroms,extermination,bloodbath}
V202.0009   | 202  | conduct dobj={massacre,massacres,genocide,slaughter,pogrom,pogroms,extermination,bloodbath}
V202.0010   | 202  | n:massacre prep:of=*
V202.0011   | 202  | n:massacre prep:in=*
V202.0012   | 202  | n:massacres prep:of=*
V202.0013   | 202  | n:massacres prep:in=*
V202.0014   | 202  | n:genocide prep:against=$target
V202.0015   | 202  | n:genocide prep:against=*
V202.0016   | 202  | n:genocide prep:in=*
V202.0017   | 202  | n:slaughter prep:of=*
V202.0018   | 202  | n:pogrom prep:against=*
V202.0019   | 202  | wipe_out dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives,village,villages,town}
V202.0020   | 202  | exterminate dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives,village,villages,town}

V203.0001   | 203  | cleanse dobj=*   # ethnic cleansing
V203.0002   | 203  | carry_out dobj={cleansing}
V203.0003   | 203  | commit dobj={cleansing}
V203.0004   | 203  | conduct dobj={cleansing}
V203.0005   | 203  | perpetrate dobj={cleansing}
V203.0006   | 203  | pursue dobj={cleansing}
V203.0007   | 203  | wage dobj={cleansing}
V203.0008   | 203  | n:ethnic_cleansing
V203.0009   | 203  | n:cleansing prep:of=*
V203.0010   | 203  | purge dobj={population,populations,residents,inhabitants,villagers,families,minority,minorities,communities,community,civilians,people,thousands,hundreds,millions,tens,refugees,tribes,tribe,muslims,christians,rohingya,armenians,palestinians,uyghurs,uighurs,yazidis,kurds,tutsis,hutus,masalit,ethnic,natives} prep:from=*

V204.0001   | 204  | use dobj={wmd,wmds}   # uses weapons of mass destruction
V204.0002   | 204  | deploy dobj={wmd,wmds}
V204.0003   | 204  | unleash dobj={wmd,wmds}
V204.0004   | 204  | employ dobj={wmd,wmds}

V200.0001   | 200  | commit dobj={atrocities,crimes,war-crimes,horrors}   # unconventional mass violence
V200.0002   | 200  | perpetrate dobj={atrocities,crimes,war-crimes,horrors}
V200.0003   | 200  | carry_out dobj={atrocities,crimes,war-crimes,horrors}
V200.0004   | 200  | use dobj={starvation,hunger,famine} prep:as={weapon,tactic,method}
V200.0005   | 200  | level dobj={city,cities,town,towns,neighborhood,neighbourhoods,neighborhoods,districts}
