# Verb and event-noun patterns for CAMEO root 13 (threaten).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V1311.0001  | 1311 | threaten xcomp={withhold}   # threatens to reduce or stop aid
V1311.0002  | 1311 | threaten dobj={cut,cuts,cutoff,suspension,freeze} prep:to={aid,assistance,funding,support}
V1311.0003  | 1311 | threaten dobj={cut,cuts,cutoff,suspension,freeze} prep:in={aid,assistance,funding,support}
V1311.0004  | 1311 | threaten dobj={cut,cuts,cutoff,suspension,freeze} prep:of={aid,assistance,funding,support}
V1311.0005  | 1311 | threaten prep:of={cut,cuts,cutoff} prep:in={aid,assistance,funding}
V1311.0006  | 1311 | warn prep:of={cut,cuts,cutoff} prep:in={aid,assistance,funding}
V1311.0007  | 1311 | threaten xcomp={cut,suspend,freeze,halt,end,stop,reduce} prep:to={aid,assistance,funding}
V1311.0008  | 1311 | threaten xcomp={cut,suspend,freeze,halt,end,stop,reduce} prep:in={aid,assistance,funding}

V1312.0001  | 1312 | threaten dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts}   # threatens sanctions, boycott or embargo
V1312.0002  | 1312 | threaten dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:against=$target
V1312.0003  | 1312 | threaten dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:on=$target
V1312.0004  | 1312 | threaten dobj=$target prep:with={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts}
V1312.0005  | 1312 | threaten prep:with={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts}
V1312.0006  | 1312 | threaten xcomp={sanction,boycott,embargo,blacklist}
V1312.0007  | 1312 | warn prep:of={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts}
V1312.0008  | 1312 | warn dobj=$target prep:of={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts}
V1312.0009  | 1312 | raise dobj={threat,prospect,spectre,specter} prep:of={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts}
V1312.0010  | 1312 | float dobj={threat,prospect,spectre,specter} prep:of={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts}
V1312.0011  | 1312 | dangle dobj={threat,prospect,spectre,specter} prep:of={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts}
V1312.0012  | 1312 | brandish dobj={threat,prospect,spectre,specter} prep:of={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts}
V1312.0013  | 1312 | wield dobj={threat,prospect,spectre,specter} prep:of={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts}
V1312.0014  | 1312 | n:threat prep:of={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts}

V1313.0001  | 1313 | threaten xcomp={sever,downgrade,recall,cut,break,suspend,freeze,expel,close,review}   # threatens to reduce or break relations
V1313.0002  | 1313 | threaten dobj={rupture,break,breakdown,downgrade,severance} prep:in={relations,ties}
V1313.0003  | 1313 | warn prep:of={rupture,break,breakdown,downgrade,severance}
V1313.0004  | 1313 | n:threat prep:of={rupture,severance,downgrade}

V1321.0001  | 1321 | threaten xcomp={censor,muzzle,gag,block,shut,ban}   # threatens restrictions on political freedoms
V1321.0002  | 1321 | threaten dobj={censorship,shutdown,blackout,ban}

V1322.0001  | 1322 | threaten xcomp={outlaw,proscribe,disqualify,deregister,dissolve,bar}   # threatens to ban parties or politicians
V1322.0002  | 1322 | threaten dobj={disqualification,dissolution}

V1323.0001  | 1323 | threaten dobj={curfew,curfews}   # threatens curfew
V1323.0002  | 1323 | threaten xcomp={reimpose}

V1324.0001  | 1324 | threaten dobj={emergency,law,rule}   # threatens state of emergency or martial law
V1324.0002  | 1324 | threaten xcomp={declare}

V1381.0001  | 1381 | threaten xcomp={blockade,besiege,encircle,seal,cut_off}   # threatens blockade
V1381.0002  | 1381 | threaten dobj={blockade,siege,quarantine,closure}
V1381.0003  | 1381 | warn prep:of={blockade,siege}

V1382.0001  | 1382 | threaten xcomp={occupy,annex,seize,take,retake,capture,reoccupy,reclaim,absorb,conquer}   # threatens occupation
V1382.0002  | 1382 | threaten dobj={annexation,occupation,takeover,seizure}
V1382.0003  | 1382 | warn prep:of={annexation,occupation,takeover}

V1383.0001  | 1383 | threaten xcomp={kidnap,behead,assassinate,abduct,hijack,execute,kill,murder,poison,blow}   # threatens unconventional violence
V1383.0002  | 1383 | threaten dobj={bombing,bombings,assassination,kidnapping,revenge,vengeance,jihad,terror}
V1383.0003  | 1383 | vow dobj={revenge,vengeance}
V1383.0004  | 1383 | promise dobj={revenge,vengeance}
V1383.0005  | 1383 | n:threat prep:of={assassination,kidnapping,terror,bombing}

V1384.0001  | 1384 | threaten xcomp={attack,strike,invade,bomb,shell,hit,target,raid,storm,shoot,down,pound,fire,torpedo,sink}   # threatens conventional attack
V1384.0002  | 1384 | threaten dobj={attack,attacks,strike,strikes,invasion,offensive,assault,incursion,raid,airstrikes,bombardment}
V1384.0003  | 1384 | threaten dobj=$target prep:with={attack,attacks,strike,strikes,invasion,offensive,bombardment}
V1384.0004  | 1384 | vow xcomp={attack,strike,invade,bomb,shell,hit,target,raid,storm,pound,punish}
V1384.0005  | 1384 | pledge xcomp={attack,strike,invade,bomb,shell,hit,target,raid,storm,pound,punish}
V1384.0006  | 1384 | promise xcomp={attack,strike,invade,bomb,shell,hit,target,raid,storm,pound,punish}
V1384.0007  | 1384 | warn prep:of={attack,attacks,strike,strikes,invasion,offensive,assault,incursion,airstrikes}
V1384.0008  | 1384 | n:threat prep:of={attack,invasion,strike,strikes,airstrikes,offensive}

V1385.0001  | 1385 | threaten xcomp={nuke,gas}   # threatens attack with weapons of mass destruction
V1385.0002  | 1385 | threaten dobj={holocaust,annihilation,armageddon,apocalypse,nuclear}
V1385.0003  | 1385 | threaten prep:with={nukes,annihilation,nuclear}
V1385.0004  | 1385 | threaten dobj=$target prep:with={nukes,annihilation,nuclear,weapons}
V1385.0005  | 1385 | warn prep:of={armageddon,apocalypse,holocaust,annihilation}
V1385.0006  | 1385 | rattle dobj={nuclear,nukes,arsenal,bomb}
V1385.0007  | 1385 | brandish dobj={nuclear,nukes,arsenal,bomb}
V1385.0008  | 1385 | wave dobj={nuclear,nukes,arsenal,bomb}

V131.0001   | 131  | threaten xcomp={sue,veto,impose,tax,fine,restrict,confiscate,nationalize,nationalise,delist}   # threatens non-force action
V131.0002   | 131  | threaten dobj={lawsuit,measures,countermeasures,restrictions,penalties,fine,fines,veto}
V131.0003   | 131  | threaten dobj=$target prep:with={lawsuit,measures,countermeasures,restrictions,penalties,fines,ban,expulsion,prosecution,legal}
V131.0004   | 131  | warn prep:of={countermeasures,measures,steps,restrictions,penalties}

V132.0001   | 132  | threaten dobj={revocation,deportation}   # threatens administrative sanctions
V132.0002   | 132  | threaten xcomp={deport,strip,revoke}

V133.0001   | 133  | threaten xcomp={protest,demonstrate,march,rally,picket,riot}   # threatens political dissent or protest
V133.0002   | 133  | threaten dobj={protest,protests,demonstration,demonstrations,march,rally,rallies,unrest}
V133.0003   | 133  | threaten dobj={strike,strikes} prep:over=*
V133.0004   | 133  | threaten dobj={strike,strikes} prep:if=*
V133.0005   | 133  | threaten dobj={strike,strikes} prep:unless=*
V133.0006   | 133  | threaten dobj={strike,strikes} prep:from=*
V133.0007   | 133  | threaten dobj={strike,strikes} prep:in=*
V133.0008   | 133  | threaten xcomp={walk} prep:off=*
V133.0009   | 133  | warn prep:of={protests,unrest,demonstrations,uprising,revolt,revolution}

V134.0001   | 134  | threaten xcomp={walk}   # threatens to halt negotiations
V134.0002   | 134  | threaten dobj={walkout}
V134.0003   | 134  | threaten xcomp={quit,abandon,leave,halt,end,stop} prep:from={talks,negotiations,dialogue,process}
V134.0004   | 134  | threaten xcomp={quit,abandon,leave,halt,end,stop} prep:of={talks,negotiations,dialogue,process}

V135.0001   | 135  | threaten xcomp={mediate}   # threatens to halt mediation
V135.0002   | 135  | threaten dobj={end} prep:to={mediation}

V136.0001   | 136  | threaten dobj={expulsion,withdrawal} prep:of={peacekeepers,observers,monitors,inspectors,mission,staff,agencies,ngos,workers}   # threatens to halt international involvement
V136.0002   | 136  | threaten xcomp={expel,eject,evict,kick} prep:of=*
V136.0003   | 136  | threaten xcomp={expel,eject,evict,kick} prep:out=*

V137.0001   | 137  | threaten xcomp={crush,arrest,jail,detain,imprison,punish,prosecute,crack,disperse,silence}   # threatens repression
V137.0002   | 137  | threaten dobj={crackdown,arrest,arrests,prosecution,punishment,retribution,repression}
V137.0003   | 137  | threaten dobj={protesters,demonstrators,opposition,activists,dissidents,journalists,critics,strikers} prep:with=*
V137.0004   | 137  | warn dobj={protesters,demonstrators,opposition,activists,dissidents,journalists,critics,strikers,rioters,public}
V137.0005   | 137  | warn dobj={protesters,demonstrators,opposition,activists,dissidents,journalists,critics,strikers,rioters} prep:of=*

V138.0001   | 138  | threaten xcomp={destroy,annihilate,obliterate,wipe,eliminate,fight,use,intervene,respond,retaliate,deploy,mobilize,mobilise,escalate,flatten,erase,raze}   # threatens military force
V138.0002   | 138  | threaten dobj={war,force,action,retaliation,response,reprisal,reprisals,intervention,escalation,consequences,destruction,operation}
V138.0003   | 138  | threaten dobj=$target prep:with={force,war,destruction,retaliation,response,action,consequences,intervention}
V138.0004   | 138  | threaten prep:with={force,war,destruction,retaliation}
V138.0005   | 138  | vow xcomp={retaliate,respond,destroy,eliminate,crush,wipe,annihilate,defeat,fight,liberate,avenge}
V138.0006   | 138  | pledge xcomp={retaliate,respond,destroy,eliminate,crush,wipe,annihilate,defeat,fight,liberate,avenge}
V138.0007   | 138  | promise xcomp={retaliate,respond,destroy,eliminate,crush,wipe,annihilate,defeat,fight,liberate,avenge}
V138.0008   | 138  | vow dobj={retaliation,retribution,response,reprisal,reprisals,consequences}
V138.0009   | 138  | promise dobj={retaliation,retribution,response,reprisal,reprisals,consequences}
V138.0010   | 138  | pledge dobj={retaliation,retribution,response,reprisal,reprisals,consequences}
V138.0011   | 138  | warn prep:of={war,force,retaliation,response,reprisal,reprisals,consequences,action,intervention,escalation,destruction}
V138.0012   | 138  | warn dobj=$target prep:of={war,force,retaliation,response,reprisal,reprisals,consequences,action,intervention,escalation,destruction}
V138.0013   | 138  | warn dobj=$target prep:against={attack,attacking,aggression,provocation,provocations,intervention,escalation,crossing,strikes,incursion,invasion}
V138.0014   | 138  | rattle dobj={sabre,saber,sabres,sabers,sword,swords}
V138.0015   | 138  | brandish dobj={sabre,saber,sabres,sabers,sword,swords}
V138.0016   | 138  | flex dobj={sabre,saber,sabres,sabers,sword,swords}
V138.0017   | 138  | n:threat prep:of={force,war,retaliation,military}
V138.0018   | 138  | n:threat prep:against=$target

V139.0001   | 139  | issue dobj={ultimatum,ultimatums}   # gives ultimatum
V139.0002   | 139  | give dobj={ultimatum,ultimatums}
V139.0003   | 139  | deliver dobj={ultimatum,ultimatums}
V139.0004   | 139  | present dobj={ultimatum,ultimatums}
V139.0005   | 139  | send dobj={ultimatum,ultimatums}
V139.0006   | 139  | set dobj={ultimatum,ultimatums}
V139.0007   | 139  | lay_down dobj={ultimatum,ultimatums}
V139.0008   | 139  | serve dobj={ultimatum,ultimatums}
V139.0009   | 139  | issue dobj={ultimatum,ultimatums} prep:to=$target
V139.0010   | 139  | give dobj={ultimatum,ultimatums} prep:to=$target
V139.0011   | 139  | deliver dobj={ultimatum,ultimatums} prep:to=$target
V139.0012   | 139  | present dobj={ultimatum,ultimatums} prep:to=$target
V139.0013   | 139  | send dobj={ultimatum,ultimatums} prep:to=$target
V139.0014   | 139  | serve dobj={ultimatum,ultimatums} prep:to=$target
V139.0015   | 139  | give iobj=$target dobj={ultimatum,deadline,hours,days,week,weeks}
V139.0016   | 139  | issue iobj=$target dobj={ultimatum,deadline,hours,days,week,weeks}
V139.0017   | 139  | set dobj={deadline} prep:for=*
V139.0018   | 139  | impose dobj={deadline} prep:for=*
V139.0019   | 139  | give dobj={deadline} prep:for=*
V139.0020   | 139  | set dobj={deadline}
V139.0021   | 139  | impose dobj={deadline}
V139.0022   | 139  | n:ultimatum
V139.0023   | 139  | n:ultimatum prep:to=*
V139.0024   | 139  | demand dobj=* prep:within={hours,days,week,weeks}
V139.0025   | 139  | order dobj=$target xcomp=* prep:within={hours,days}

V130.0001   | 130  | threaten dobj=$target   # threatens
V130.0002   | 130  | threaten
V130.0003   | 130  | threaten xcomp=*
V130.0004   | 130  | threaten dobj=*
V130.0005   | 130  | threaten ccomp=*
V130.0006   | 130  | warn dobj=$target prep:against=*
V130.0007   | 130  | warn dobj=$target ccomp=*
V130.0008   | 130  | issue dobj={threat,threats,warning,warnings} prep:to=$target
V130.0009   | 130  | make dobj={threat,threats,warning,warnings} prep:to=$target
V130.0010   | 130  | send dobj={threat,threats,warning,warnings} prep:to=$target
V130.0011   | 130  | deliver dobj={threat,threats,warning,warnings} prep:to=$target
V130.0012   | 130  | issue dobj={threat,threats,warning,warnings} prep:against=$target
V130.0013   | 130  | make dobj={threat,threats,warning,warnings} prep:against=$target
V130.0014   | 130  | send dobj={threat,threats,warning,warnings} prep:against=$target
V130.0015   | 130  | deliver dobj={threat,threats,warning,warnings} prep:against=$target
V130.0016   | 130  | issue dobj={threat,threats,warning}
V130.0017   | 130  | make dobj={threat,threats,warning}
V130.0018   | 130  | menace dobj=*
V130.0019   | 130  | intimidate dobj=*
V130.0020   | 130  | blackmail dobj=*
V130.0021   | 130  | browbeat dobj=*
V130.0022   | 130  | n:warning prep:to=$target
