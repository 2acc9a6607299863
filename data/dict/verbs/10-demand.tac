# Verb and event-noun patterns for CAMEO root 10 (demand).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V1011.0001  | 1011 | demand ccomp={trade,invest}   # demands economic cooperation
V1011.0002  | 1011 | insist ccomp={trade,invest}
V1011.0003  | 1011 | tell dobj=$target xcomp={trade,invest}
V1011.0004  | 1011 | demand dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V1011.0005  | 1011 | demand dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors} prep:from=$target
V1011.0006  | 1011 | insist prep:on={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V1011.0007  | 1011 | n:demand prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V1011.0008  | 1011 | n:demands prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}

V1012.0001  | 1012 | demand ccomp={ally}   # demands military cooperation
V1012.0002  | 1012 | insist ccomp={ally}
V1012.0003  | 1012 | tell dobj=$target xcomp={ally}
V1012.0004  | 1012 | demand dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V1012.0005  | 1012 | demand dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability} prep:from=$target
V1012.0006  | 1012 | insist prep:on={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V1012.0007  | 1012 | n:demand prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V1012.0008  | 1012 | n:demands prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}

V1013.0001  | 1013 | demand ccomp={extradite}   # demands judicial cooperation
V1013.0002  | 1013 | insist ccomp={extradite}
V1013.0003  | 1013 | tell dobj=$target xcomp={extradite}
V1013.0004  | 1013 | demand dobj={extradition,extraditions,handover,hand-over,deportation}
V1013.0005  | 1013 | demand dobj={extradition,extraditions,handover,hand-over,deportation} prep:from=$target
V1013.0006  | 1013 | insist prep:on={extradition,extraditions,handover,hand-over,deportation}
V1013.0007  | 1013 | n:demand prep:for={extradition,extraditions,handover,hand-over,deportation}
V1013.0008  | 1013 | n:demands prep:for={extradition,extraditions,handover,hand-over,deportation}

V1014.0001  | 1014 | demand ccomp={share}   # demands intelligence sharing
V1014.0002  | 1014 | insist ccomp={share}
V1014.0003  | 1014 | tell dobj=$target xcomp={share}
V1014.0004  | 1014 | demand dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V1014.0005  | 1014 | demand dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation} prep:from=$target
V1014.0006  | 1014 | insist prep:on={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V1014.0007  | 1014 | n:demand prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V1014.0008  | 1014 | n:demands prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}

V1031.0001  | 1031 | demand ccomp={fund,finance,lend,bail,bankroll,compensate}   # demands economic aid
V1031.0002  | 1031 | insist ccomp={fund,finance,lend,bail,bankroll,compensate}
V1031.0003  | 1031 | tell dobj=$target xcomp={fund,finance,lend,bail,bankroll,compensate}
V1031.0004  | 1031 | demand dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V1031.0005  | 1031 | demand dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution} prep:from=$target
V1031.0006  | 1031 | insist prep:on={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V1031.0007  | 1031 | n:demand prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V1031.0008  | 1031 | n:demands prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}

V1032.0001  | 1032 | demand ccomp={arm,rearm}   # demands military aid
V1032.0002  | 1032 | insist ccomp={arm,rearm}
V1032.0003  | 1032 | tell dobj=$target xcomp={arm,rearm}
V1032.0004  | 1032 | demand dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V1032.0005  | 1032 | demand dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles} prep:from=$target
V1032.0006  | 1032 | insist prep:on={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V1032.0007  | 1032 | n:demand prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V1032.0008  | 1032 | n:demands prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}

V1033.0001  | 1033 | demand ccomp={feed,shelter}   # demands humanitarian aid
V1033.0002  | 1033 | insist ccomp={feed,shelter}
V1033.0003  | 1033 | tell dobj=$target xcomp={feed,shelter}
V1033.0004  | 1033 | demand dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V1033.0005  | 1033 | demand dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue} prep:from=$target
V1033.0006  | 1033 | insist prep:on={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V1033.0007  | 1033 | n:demand prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V1033.0008  | 1033 | n:demands prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}

V1034.0001  | 1034 | demand ccomp={protect,intervene,deploy,defend}   # demands peacekeeping or protection
V1034.0002  | 1034 | insist ccomp={protect,intervene,deploy,defend}
V1034.0003  | 1034 | tell dobj=$target xcomp={protect,intervene,deploy,defend}
V1034.0004  | 1034 | demand dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V1034.0005  | 1034 | demand dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort} prep:from=$target
V1034.0006  | 1034 | insist prep:on={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V1034.0007  | 1034 | n:demand prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V1034.0008  | 1034 | n:demands prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}

V1041.0001  | 1041 | demand ccomp={resign,step,quit,abdicate,relinquish,cede}   # demands leadership change
V1041.0002  | 1041 | insist ccomp={resign,step,quit,abdicate,relinquish,cede}
V1041.0003  | 1041 | tell dobj=$target xcomp={resign,step,quit,abdicate,relinquish,cede}
V1041.0004  | 1041 | demand dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V1041.0005  | 1041 | demand dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle} prep:from=$target
V1041.0006  | 1041 | insist prep:on={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V1041.0007  | 1041 | n:demand prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V1041.0008  | 1041 | n:demands prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}

V1042.0001  | 1042 | demand dobj={change} prep:in={policy,policies,course,approach,stance,law}   # demand policy change
V1042.0002  | 1042 | demand ccomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V1042.0003  | 1042 | insist ccomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V1042.0004  | 1042 | tell dobj=$target xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V1042.0005  | 1042 | demand dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V1042.0006  | 1042 | demand dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium} prep:from=$target
V1042.0007  | 1042 | insist prep:on={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V1042.0008  | 1042 | n:demand prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V1042.0009  | 1042 | n:demands prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}

V1043.0001  | 1043 | demand ccomp={respect,guarantee,uphold,legalize,legalise,enfranchise}   # demands rights
V1043.0002  | 1043 | insist ccomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V1043.0003  | 1043 | tell dobj=$target xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V1043.0004  | 1043 | demand dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V1043.0005  | 1043 | demand dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity} prep:from=$target
V1043.0006  | 1043 | insist prep:on={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V1043.0007  | 1043 | n:demand prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V1043.0008  | 1043 | n:demands prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}

V1044.0001  | 1044 | demand ccomp={democratize,democratise}   # demands institutional or regime change
V1044.0002  | 1044 | insist ccomp={democratize,democratise}
V1044.0003  | 1044 | tell dobj=$target xcomp={democratize,democratise}
V1044.0004  | 1044 | demand dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V1044.0005  | 1044 | demand dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism} prep:from=$target
V1044.0006  | 1044 | insist prep:on={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V1044.0007  | 1044 | n:demand prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V1044.0008  | 1044 | n:demands prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}

V1052.0001  | 1052 | demand ccomp={disperse,vacate,demobilize,demobilise}   # demands an end to protests
V1052.0002  | 1052 | insist ccomp={disperse,vacate,demobilize,demobilise}
V1052.0003  | 1052 | tell dobj=$target xcomp={disperse,vacate,demobilize,demobilise}
V1052.0004  | 1052 | demand dobj={dispersal}
V1052.0005  | 1052 | demand dobj={dispersal} prep:from=$target
V1052.0006  | 1052 | insist prep:on={dispersal}
V1052.0007  | 1052 | n:demand prep:for={dispersal}
V1052.0008  | 1052 | n:demands prep:for={dispersal}

V1053.0001  | 1053 | demand ccomp={return}   # demand release (noun form)
V1053.0002  | 1053 | demand ccomp={release,free,repatriate,unfreeze,swap,exchange}
V1053.0003  | 1053 | insist ccomp={release,free,repatriate,unfreeze,swap,exchange}
V1053.0004  | 1053 | tell dobj=$target xcomp={release,free,repatriate,unfreeze,swap,exchange}
V1053.0005  | 1053 | demand dobj={release,return,repatriation,swap}
V1053.0006  | 1053 | demand dobj={release,return,repatriation,swap} prep:from=$target
V1053.0007  | 1053 | insist prep:on={release,return,repatriation,swap}
V1053.0008  | 1053 | n:demand prep:for={release,return,repatriation,swap}
V1053.0009  | 1053 | n:demands prep:for={release,return,repatriation,swap}

V1054.0001  | 1054 | demand dobj={waiver,waivers,exemption,exemptions,relief} prep:from={sanctions,tariffs,embargo,duties}   # demands easing of economic sanctions
V1054.0002  | 1054 | demand ccomp={waive,exempt,delist}

V1055.0001  | 1055 | demand dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}   # demands international access
V1055.0002  | 1055 | demand dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas} prep:from=$target
V1055.0003  | 1055 | insist prep:on={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V1055.0004  | 1055 | n:demand prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V1055.0005  | 1055 | n:demands prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}

V1056.0001  | 1056 | demand ccomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}   # demands de-escalation or ceasefire
V1056.0002  | 1056 | insist ccomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V1056.0003  | 1056 | tell dobj=$target xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V1056.0004  | 1056 | demand dobj={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V1056.0005  | 1056 | demand dobj={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull} prep:from=$target
V1056.0006  | 1056 | insist prep:on={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V1056.0007  | 1056 | n:demand prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V1056.0008  | 1056 | n:demands prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}

V101.0001   | 101  | demand dobj={access} prep:to={market,markets,resources,minerals,ports,port,bases,base,oil,gas,waters,fisheries}   # demands material cooperation
V101.0002   | 101  | demand dobj={share,stake,cut} prep:of={revenue,revenues,profits,resources,minerals,oil,output,proceeds}

V102.0001   | 102  | demand ccomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}   # demands diplomatic cooperation or policy support
V102.0002   | 102  | insist ccomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V102.0003   | 102  | tell dobj=$target xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V102.0004   | 102  | demand dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V102.0005   | 102  | demand dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes} prep:from=$target
V102.0006   | 102  | insist prep:on={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V102.0007   | 102  | n:demand prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V102.0008   | 102  | n:demands prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}

V103.0001   | 103  | demand ccomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}   # demands material aid
V103.0002   | 103  | insist ccomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V103.0003   | 103  | tell dobj=$target xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V103.0004   | 103  | demand dobj={aid,assistance,help,supplies}
V103.0005   | 103  | demand dobj={aid,assistance,help,supplies} prep:from=$target
V103.0006   | 103  | insist prep:on={aid,assistance,help,supplies}
V103.0007   | 103  | n:demand prep:for={aid,assistance,help,supplies}
V103.0008   | 103  | n:demands prep:for={aid,assistance,help,supplies}

V104.0001   | 104  | demand ccomp={reform,liberalize,liberalise}   # demands political reform
V104.0002   | 104  | insist ccomp={reform,liberalize,liberalise}
V104.0003   | 104  | tell dobj=$target xcomp={reform,liberalize,liberalise}
V104.0004   | 104  | demand dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V104.0005   | 104  | demand dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation} prep:from=$target
V104.0006   | 104  | insist prep:on={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V104.0007   | 104  | n:demand prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V104.0008   | 104  | n:demands prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}

V105.0001   | 105  | demand ccomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}   # demands concessions (yielding)
V105.0002   | 105  | insist ccomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V105.0003   | 105  | tell dobj=$target xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V105.0004   | 105  | demand dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V105.0005   | 105  | demand dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty} prep:from=$target
V105.0006   | 105  | insist prep:on={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V105.0007   | 105  | n:demand prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V105.0008   | 105  | n:demands prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}

V106.0001   | 106  | demand ccomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}   # demands meetings or talks
V106.0002   | 106  | insist ccomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V106.0003   | 106  | tell dobj=$target xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V106.0004   | 106  | demand dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V106.0005   | 106  | demand dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts} prep:from=$target
V106.0006   | 106  | insist prep:on={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V106.0007   | 106  | n:demand prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V106.0008   | 106  | n:demands prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}

V107.0001   | 107  | demand ccomp={settle,reconcile,resolve}   # demands a settlement
V107.0002   | 107  | insist ccomp={settle,reconcile,resolve}
V107.0003   | 107  | tell dobj=$target xcomp={settle,reconcile,resolve}
V107.0004   | 107  | demand dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V107.0005   | 107  | demand dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal} prep:from=$target
V107.0006   | 107  | insist prep:on={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V107.0007   | 107  | n:demand prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V107.0008   | 107  | n:demands prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}

V108.0001   | 108  | demand ccomp={mediate,arbitrate,facilitate}   # demands mediation
V108.0002   | 108  | insist ccomp={mediate,arbitrate,facilitate}
V108.0003   | 108  | tell dobj=$target xcomp={mediate,arbitrate,facilitate}
V108.0004   | 108  | demand dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V108.0005   | 108  | demand dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary} prep:from=$target
V108.0006   | 108  | insist prep:on={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V108.0007   | 108  | n:demand prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V108.0008   | 108  | n:demands prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}

V100.0001   | 100  | demand dobj=*   # demand
V100.0002   | 100  | demand ccomp=*
V100.0003   | 100  | demand xcomp=*
V100.0004   | 100  | demand dobj=* prep:from=$target
V100.0005   | 100  | insist ccomp=*
V100.0006   | 100  | n:demand prep:for=*
V100.0007   | 100  | n:demand prep:from=*
V100.0008   | 100  | issue dobj={demand,demands}
V100.0009   | 100  | make dobj={demand,demands}
V100.0010   | 100  | press dobj={demand,demands}
V100.0011   | 100  | reiterate dobj={demand,demands}
V100.0012   | 100  | repeat dobj={demand,demands}
V100.0013   | 100  | present dobj={demand,demands}
V100.0014   | 100  | put_forward dobj={demand,demands}
V100.0015   | 100  | issue dobj={demand,demands} prep:to=$target
V100.0016   | 100  | make dobj={demand,demands} prep:to=$target
V100.0017   | 100  | press dobj={demand,demands} prep:to=$target
V100.0018   | 100  | present dobj={demand,demands} prep:to=$target
V100.0019   | 100  | put_forward dobj={demand,demands} prep:to=$target
V100.0020   | 100  | require dobj=$target xcomp=*
V100.0021   | 100  | command dobj=$target xcomp=*
V100.0022   | 100  | tell dobj=$target xcomp=*
V100.0023   | 100  | instruct dobj=$target xcomp=*
V100.0024   | 100  | insist prep:on=*
V100.0025   | 100  | demand ccomp=* prep:on=*
V100.0026   | 100  | insist ccomp=* prep:on=*
V100.0027   | 100  | demand dobj={apology,answers,answer}
V100.0028   | 100  | demand dobj={investigation,inquiry,probe,punishment}
V100.0029   | 100  | demand ccomp={cooperate,collaborate,comply,abide}
V100.0030   | 100  | insist ccomp={cooperate,collaborate,comply,abide}
V100.0031   | 100  | tell dobj=$target xcomp={cooperate,collaborate,comply,abide}
V100.0032   | 100  | demand dobj={cooperation,collaboration,compliance}
V100.0033   | 100  | demand dobj={cooperation,collaboration,compliance} prep:from=$target
V100.0034   | 100  | insist prep:on={cooperation,collaboration,compliance}
V100.0035   | 100  | n:demand prep:for={cooperation,collaboration,compliance}
V100.0036   | 100  | n:demands prep:for={cooperation,collaboration,compliance}

# Added in the 2026-11 review.
V100.7001   | 100  | order dobj=$target xcomp={appear,testify,report,attend,present,surrender,answer}   # orders someone to appear
V100.7002   | 100  | reiterate dobj={demand,call,appeal,request,plea}
V100.7003   | 100  | renew dobj={demand,call,appeal,request,plea}
