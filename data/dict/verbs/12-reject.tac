# Verb and event-noun patterns for CAMEO root 12 (reject).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V1211.0001  | 1211 | refuse xcomp={trade,invest}   # rejects economic cooperation
V1211.0002  | 1211 | decline xcomp={trade,invest}
V1211.0003  | 1211 | reject dobj={trade,investment,investments}
V1211.0004  | 1211 | rebuff dobj={trade,investment,investments}
V1211.0005  | 1211 | spurn dobj={trade,investment,investments}
V1211.0006  | 1211 | refuse dobj={trade,investment,investments}
V1211.0007  | 1211 | decline dobj={trade,investment,investments}
V1211.0008  | 1211 | dismiss dobj={trade,investment,investments}
V1211.0009  | 1211 | turn_down dobj={trade,investment,investments}
V1211.0010  | 1211 | rule_out dobj={trade,investment,investments}

V1212.0001  | 1212 | refuse xcomp={ally}   # rejects military cooperation
V1212.0002  | 1212 | decline xcomp={ally}
V1212.0003  | 1212 | reject dobj={alliance,basing}
V1212.0004  | 1212 | rebuff dobj={alliance,basing}
V1212.0005  | 1212 | spurn dobj={alliance,basing}
V1212.0006  | 1212 | refuse dobj={alliance,basing}
V1212.0007  | 1212 | decline dobj={alliance,basing}
V1212.0008  | 1212 | dismiss dobj={alliance,basing}
V1212.0009  | 1212 | turn_down dobj={alliance,basing}
V1212.0010  | 1212 | rule_out dobj={alliance,basing}

V1213.0001  | 1213 | refuse xcomp={extradite}   # rejects judicial cooperation
V1213.0002  | 1213 | decline xcomp={extradite}
V1213.0003  | 1213 | reject dobj={extradition,handover}
V1213.0004  | 1213 | rebuff dobj={extradition,handover}
V1213.0005  | 1213 | spurn dobj={extradition,handover}
V1213.0006  | 1213 | refuse dobj={extradition,handover}
V1213.0007  | 1213 | decline dobj={extradition,handover}
V1213.0008  | 1213 | dismiss dobj={extradition,handover}
V1213.0009  | 1213 | turn_down dobj={extradition,handover}
V1213.0010  | 1213 | rule_out dobj={extradition,handover}

V1221.0001  | 1221 | refuse xcomp={fund,finance,lend,bail,bankroll,compensate}   # rejects economic aid
V1221.0002  | 1221 | decline xcomp={fund,finance,lend,bail,bankroll,compensate}
V1221.0003  | 1221 | reject dobj={loan,loans,credit,bailout,funding,financing,compensation,reparations,reparation}
V1221.0004  | 1221 | rebuff dobj={loan,loans,credit,bailout,funding,financing,compensation,reparations,reparation}
V1221.0005  | 1221 | spurn dobj={loan,loans,credit,bailout,funding,financing,compensation,reparations,reparation}
V1221.0006  | 1221 | refuse dobj={loan,loans,credit,bailout,funding,financing,compensation,reparations,reparation}
V1221.0007  | 1221 | decline dobj={loan,loans,credit,bailout,funding,financing,compensation,reparations,reparation}
V1221.0008  | 1221 | dismiss dobj={loan,loans,credit,bailout,funding,financing,compensation,reparations,reparation}
V1221.0009  | 1221 | turn_down dobj={loan,loans,credit,bailout,funding,financing,compensation,reparations,reparation}
V1221.0010  | 1221 | rule_out dobj={loan,loans,credit,bailout,funding,financing,compensation,reparations,reparation}

V1222.0001  | 1222 | refuse xcomp={arm,rearm}   # rejects military aid
V1222.0002  | 1222 | decline xcomp={arm,rearm}
V1222.0003  | 1222 | reject dobj={weapon,weapons,arms,missile,missiles,tank,tanks,jet,jets}
V1222.0004  | 1222 | rebuff dobj={weapon,weapons,arms,missile,missiles,tank,tanks,jet,jets}
V1222.0005  | 1222 | spurn dobj={weapon,weapons,arms,missile,missiles,tank,tanks,jet,jets}
V1222.0006  | 1222 | refuse dobj={weapon,weapons,arms,missile,missiles,tank,tanks,jet,jets}
V1222.0007  | 1222 | decline dobj={weapon,weapons,arms,missile,missiles,tank,tanks,jet,jets}
V1222.0008  | 1222 | dismiss dobj={weapon,weapons,arms,missile,missiles,tank,tanks,jet,jets}
V1222.0009  | 1222 | turn_down dobj={weapon,weapons,arms,missile,missiles,tank,tanks,jet,jets}
V1222.0010  | 1222 | rule_out dobj={weapon,weapons,arms,missile,missiles,tank,tanks,jet,jets}

V1223.0001  | 1223 | refuse xcomp={feed,shelter}   # rejects humanitarian aid
V1223.0002  | 1223 | decline xcomp={feed,shelter}

V1224.0001  | 1224 | refuse xcomp={protect,intervene,deploy,defend}   # rejects peacekeeping or protection
V1224.0002  | 1224 | decline xcomp={protect,intervene,deploy,defend}
V1224.0003  | 1224 | reject dobj={peacekeeper,peacekeepers,peacekeeping,intervention,deployment}
V1224.0004  | 1224 | rebuff dobj={peacekeeper,peacekeepers,peacekeeping,intervention,deployment}
V1224.0005  | 1224 | spurn dobj={peacekeeper,peacekeepers,peacekeeping,intervention,deployment}
V1224.0006  | 1224 | refuse dobj={peacekeeper,peacekeepers,peacekeeping,intervention,deployment}
V1224.0007  | 1224 | decline dobj={peacekeeper,peacekeepers,peacekeeping,intervention,deployment}
V1224.0008  | 1224 | dismiss dobj={peacekeeper,peacekeepers,peacekeeping,intervention,deployment}
V1224.0009  | 1224 | turn_down dobj={peacekeeper,peacekeepers,peacekeeping,intervention,deployment}
V1224.0010  | 1224 | rule_out dobj={peacekeeper,peacekeepers,peacekeeping,intervention,deployment}

V1231.0001  | 1231 | refuse xcomp={resign,step,quit,abdicate,relinquish,cede}   # rejects leadership change
V1231.0002  | 1231 | decline xcomp={resign,step,quit,abdicate,relinquish,cede}

V1232.0001  | 1232 | refuse xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}   # rejects policy change
V1232.0002  | 1232 | decline xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V1232.0003  | 1232 | reject dobj={reversal,repeal,amendment,revision,abolition,moratorium}
V1232.0004  | 1232 | rebuff dobj={reversal,repeal,amendment,revision,abolition,moratorium}
V1232.0005  | 1232 | spurn dobj={reversal,repeal,amendment,revision,abolition,moratorium}
V1232.0006  | 1232 | refuse dobj={reversal,repeal,amendment,revision,abolition,moratorium}
V1232.0007  | 1232 | decline dobj={reversal,repeal,amendment,revision,abolition,moratorium}
V1232.0008  | 1232 | dismiss dobj={reversal,repeal,amendment,revision,abolition,moratorium}
V1232.0009  | 1232 | turn_down dobj={reversal,repeal,amendment,revision,abolition,moratorium}
V1232.0010  | 1232 | rule_out dobj={reversal,repeal,amendment,revision,abolition,moratorium}

V1233.0001  | 1233 | refuse xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}   # rejects rights
V1233.0002  | 1233 | decline xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V1233.0003  | 1233 | reject dobj={rights,right,autonomy,self-determination,suffrage}
V1233.0004  | 1233 | rebuff dobj={rights,right,autonomy,self-determination,suffrage}
V1233.0005  | 1233 | spurn dobj={rights,right,autonomy,self-determination,suffrage}
V1233.0006  | 1233 | refuse dobj={rights,right,autonomy,self-determination,suffrage}
V1233.0007  | 1233 | decline dobj={rights,right,autonomy,self-determination,suffrage}
V1233.0008  | 1233 | dismiss dobj={rights,right,autonomy,self-determination,suffrage}
V1233.0009  | 1233 | turn_down dobj={rights,right,autonomy,self-determination,suffrage}
V1233.0010  | 1233 | rule_out dobj={rights,right,autonomy,self-determination,suffrage}

V1234.0001  | 1234 | refuse xcomp={democratize,democratise}   # rejects institutional or regime change
V1234.0002  | 1234 | decline xcomp={democratize,democratise}
V1234.0003  | 1234 | reject dobj={democracy,federalism,devolution,referendum,constitution}
V1234.0004  | 1234 | rebuff dobj={democracy,federalism,devolution,referendum,constitution}
V1234.0005  | 1234 | spurn dobj={democracy,federalism,devolution,referendum,constitution}
V1234.0006  | 1234 | refuse dobj={democracy,federalism,devolution,referendum,constitution}
V1234.0007  | 1234 | decline dobj={democracy,federalism,devolution,referendum,constitution}
V1234.0008  | 1234 | dismiss dobj={democracy,federalism,devolution,referendum,constitution}
V1234.0009  | 1234 | turn_down dobj={democracy,federalism,devolution,referendum,constitution}
V1234.0010  | 1234 | rule_out dobj={democracy,federalism,devolution,referendum,constitution}

V1242.0001  | 1242 | refuse xcomp={disperse,vacate,demobilize,demobilise}   # rejects an end to protests
V1242.0002  | 1242 | decline xcomp={disperse,vacate,demobilize,demobilise}

V1243.0001  | 1243 | refuse xcomp={hand,let}   # refuse to release
V1243.0002  | 1243 | decline xcomp={hand,let}
V1243.0003  | 1243 | keep xcomp={hold,detain}
V1243.0004  | 1243 | continue xcomp={hold,detain}
V1243.0005  | 1243 | refuse xcomp={release,free,repatriate,unfreeze,swap,exchange}
V1243.0006  | 1243 | decline xcomp={release,free,repatriate,unfreeze,swap,exchange}
V1243.0007  | 1243 | reject dobj={release,swap,repatriation}
V1243.0008  | 1243 | rebuff dobj={release,swap,repatriation}
V1243.0009  | 1243 | spurn dobj={release,swap,repatriation}
V1243.0010  | 1243 | refuse dobj={release,swap,repatriation}
V1243.0011  | 1243 | decline dobj={release,swap,repatriation}
V1243.0012  | 1243 | dismiss dobj={release,swap,repatriation}
V1243.0013  | 1243 | turn_down dobj={release,swap,repatriation}
V1243.0014  | 1243 | rule_out dobj={release,swap,repatriation}

V1244.0001  | 1244 | reject dobj={waiver,waivers,exemption,exemptions,carve-out,carve-outs}   # refuses to ease economic sanctions
V1244.0002  | 1244 | refuse dobj={waiver,waivers,exemption,exemptions,carve-out,carve-outs}
V1244.0003  | 1244 | deny dobj={waiver,waivers,exemption,exemptions,carve-out,carve-outs}
V1244.0004  | 1244 | rebuff dobj={waiver,waivers,exemption,exemptions,carve-out,carve-outs}
V1244.0005  | 1244 | turn_down dobj={waiver,waivers,exemption,exemptions,carve-out,carve-outs}
V1244.0006  | 1244 | refuse xcomp={waive,delist,exempt}
V1244.0007  | 1244 | decline xcomp={waive,delist,exempt}

V1245.0001  | 1245 | block dobj={aid,convoy,convoys,deliveries,relief,trucks}   # refuses international access
V1245.0002  | 1245 | obstruct dobj={aid,convoy,convoys,deliveries,relief,trucks}
V1245.0003  | 1245 | impede dobj={aid,convoy,convoys,deliveries,relief,trucks}
V1245.0004  | 1245 | hinder dobj={aid,convoy,convoys,deliveries,relief,trucks}
V1245.0005  | 1245 | deny dobj={entry,access,visas} prep:to={observers,monitors,investigators,inspectors,journalists,rapporteur,mission,experts,agencies,aid,convoys,workers}
V1245.0006  | 1245 | refuse dobj={entry,access,visas} prep:to={observers,monitors,investigators,inspectors,journalists,rapporteur,mission,experts,agencies,aid,convoys,workers}
V1245.0007  | 1245 | bar dobj={observers,monitors,investigators,rapporteur,mission,journalists} prep:from=*
V1245.0008  | 1245 | ban dobj={observers,monitors,investigators,rapporteur,mission,journalists} prep:from=*
V1245.0009  | 1245 | block dobj={observers,monitors,investigators,rapporteur,mission,journalists} prep:from=*
V1245.0010  | 1245 | reject dobj={inspection,inspections,inspectors,investigators,observers,monitors,monitoring,corridor,corridors}
V1245.0011  | 1245 | rebuff dobj={inspection,inspections,inspectors,investigators,observers,monitors,monitoring,corridor,corridors}
V1245.0012  | 1245 | spurn dobj={inspection,inspections,inspectors,investigators,observers,monitors,monitoring,corridor,corridors}
V1245.0013  | 1245 | refuse dobj={inspection,inspections,inspectors,investigators,observers,monitors,monitoring,corridor,corridors}
V1245.0014  | 1245 | decline dobj={inspection,inspections,inspectors,investigators,observers,monitors,monitoring,corridor,corridors}
V1245.0015  | 1245 | dismiss dobj={inspection,inspections,inspectors,investigators,observers,monitors,monitoring,corridor,corridors}
V1245.0016  | 1245 | turn_down dobj={inspection,inspections,inspectors,investigators,observers,monitors,monitoring,corridor,corridors}
V1245.0017  | 1245 | rule_out dobj={inspection,inspections,inspectors,investigators,observers,monitors,monitoring,corridor,corridors}

V1246.0001  | 1246 | refuse xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}   # rejects de-escalation or ceasefire
V1246.0002  | 1246 | decline xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V1246.0003  | 1246 | reject dobj={ceasefire,cease-fire,truce,armistice,withdrawal,pullout,disengagement,demilitarization,demilitarisation,disarmament}
V1246.0004  | 1246 | rebuff dobj={ceasefire,cease-fire,truce,armistice,withdrawal,pullout,disengagement,demilitarization,demilitarisation,disarmament}
V1246.0005  | 1246 | spurn dobj={ceasefire,cease-fire,truce,armistice,withdrawal,pullout,disengagement,demilitarization,demilitarisation,disarmament}
V1246.0006  | 1246 | refuse dobj={ceasefire,cease-fire,truce,armistice,withdrawal,pullout,disengagement,demilitarization,demilitarisation,disarmament}
V1246.0007  | 1246 | decline dobj={ceasefire,cease-fire,truce,armistice,withdrawal,pullout,disengagement,demilitarization,demilitarisation,disarmament}
V1246.0008  | 1246 | dismiss dobj={ceasefire,cease-fire,truce,armistice,withdrawal,pullout,disengagement,demilitarization,demilitarisation,disarmament}
V1246.0009  | 1246 | turn_down dobj={ceasefire,cease-fire,truce,armistice,withdrawal,pullout,disengagement,demilitarization,demilitarisation,disarmament}
V1246.0010  | 1246 | rule_out dobj={ceasefire,cease-fire,truce,armistice,withdrawal,pullout,disengagement,demilitarization,demilitarisation,disarmament}

V121.0001   | 121  | reject dobj={partnership,partnerships,venture,ventures,project,projects}   # reject material cooperation
V121.0002   | 121  | refuse dobj={partnership,partnerships,venture,ventures,project,projects}
V121.0003   | 121  | decline dobj={partnership,partnerships,venture,ventures,project,projects}
V121.0004   | 121  | rebuff dobj={partnership,partnerships,venture,ventures,project,projects}
V121.0005   | 121  | spurn dobj={partnership,partnerships,venture,ventures,project,projects}

V122.0001   | 122  | refuse xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}   # rejects material aid
V122.0002   | 122  | decline xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}

V123.0001   | 123  | refuse xcomp={reform,liberalize,liberalise}   # rejects political reform
V123.0002   | 123  | decline xcomp={reform,liberalize,liberalise}
V123.0003   | 123  | reject dobj={reform,reforms,change,changes,overhaul}
V123.0004   | 123  | rebuff dobj={reform,reforms,change,changes,overhaul}
V123.0005   | 123  | spurn dobj={reform,reforms,change,changes,overhaul}
V123.0006   | 123  | refuse dobj={reform,reforms,change,changes,overhaul}
V123.0007   | 123  | decline dobj={reform,reforms,change,changes,overhaul}
V123.0008   | 123  | dismiss dobj={reform,reforms,change,changes,overhaul}
V123.0009   | 123  | turn_down dobj={reform,reforms,change,changes,overhaul}
V123.0010   | 123  | rule_out dobj={reform,reforms,change,changes,overhaul}

V124.0001   | 124  | resist dobj={pressure,pressures}   # refuse to yield
V124.0002   | 124  | refuse xcomp={bow,bend}
V124.0003   | 124  | decline xcomp={bow,bend}
V124.0004   | 124  | stand dobj={firm,ground}
V124.0005   | 124  | hold dobj={firm,ground,line}
V124.0006   | 124  | dig dobj={heels}
V124.0007   | 124  | stick prep:to={guns,position,stance,demands}
V124.0008   | 124  | refuse xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V124.0009   | 124  | decline xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V124.0010   | 124  | reject dobj={concession,concessions,surrender,capitulation,amnesty}
V124.0011   | 124  | rebuff dobj={concession,concessions,surrender,capitulation,amnesty}
V124.0012   | 124  | spurn dobj={concession,concessions,surrender,capitulation,amnesty}
V124.0013   | 124  | refuse dobj={concession,concessions,surrender,capitulation,amnesty}
V124.0014   | 124  | decline dobj={concession,concessions,surrender,capitulation,amnesty}
V124.0015   | 124  | dismiss dobj={concession,concessions,surrender,capitulation,amnesty}
V124.0016   | 124  | turn_down dobj={concession,concessions,surrender,capitulation,amnesty}
V124.0017   | 124  | rule_out dobj={concession,concessions,surrender,capitulation,amnesty}

V125.0001   | 125  | boycott dobj={talks,negotiations,summit,meeting,conference,session,dialogue,consultations}   # reject proposal to meet or negotiate
V125.0002   | 125  | snub dobj={talks,negotiations,summit,meeting,invitation,conference}
V125.0003   | 125  | refuse xcomp={attend,join}
V125.0004   | 125  | decline xcomp={attend,join}
V125.0005   | 125  | refuse xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V125.0006   | 125  | decline xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V125.0007   | 125  | reject dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,invitation,visit}
V125.0008   | 125  | rebuff dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,invitation,visit}
V125.0009   | 125  | spurn dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,invitation,visit}
V125.0010   | 125  | refuse dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,invitation,visit}
V125.0011   | 125  | decline dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,invitation,visit}
V125.0012   | 125  | dismiss dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,invitation,visit}
V125.0013   | 125  | turn_down dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,invitation,visit}
V125.0014   | 125  | rule_out dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,invitation,visit}

V126.0001   | 126  | reject dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}   # rejects mediation
V126.0002   | 126  | rebuff dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V126.0003   | 126  | spurn dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V126.0004   | 126  | refuse dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V126.0005   | 126  | decline dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V126.0006   | 126  | dismiss dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V126.0007   | 126  | turn_down dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V126.0008   | 126  | rule_out dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}

V127.0001   | 127  | reject dobj={plan,proposal,initiative,offer} prep:for={peace,ceasefire,truce,settlement,end}   # reject plan to settle dispute
V127.0002   | 127  | rebuff dobj={plan,proposal,initiative,offer} prep:for={peace,ceasefire,truce,settlement,end}
V127.0003   | 127  | dismiss dobj={plan,proposal,initiative,offer} prep:for={peace,ceasefire,truce,settlement,end}
V127.0004   | 127  | spurn dobj={plan,proposal,initiative,offer} prep:for={peace,ceasefire,truce,settlement,end}
V127.0005   | 127  | turn_down dobj={plan,proposal,initiative,offer} prep:for={peace,ceasefire,truce,settlement,end}
V127.0006   | 127  | refuse dobj={plan,proposal,initiative,offer} prep:for={peace,ceasefire,truce,settlement,end}
V127.0007   | 127  | refuse xcomp={settle,reconcile,resolve}
V127.0008   | 127  | decline xcomp={settle,reconcile,resolve}
V127.0009   | 127  | reject dobj={peace,settlement,accord,treaty,solution,compromise,deal,agreement,roadmap,framework}
V127.0010   | 127  | rebuff dobj={peace,settlement,accord,treaty,solution,compromise,deal,agreement,roadmap,framework}
V127.0011   | 127  | spurn dobj={peace,settlement,accord,treaty,solution,compromise,deal,agreement,roadmap,framework}
V127.0012   | 127  | refuse dobj={peace,settlement,accord,treaty,solution,compromise,deal,agreement,roadmap,framework}
V127.0013   | 127  | decline dobj={peace,settlement,accord,treaty,solution,compromise,deal,agreement,roadmap,framework}
V127.0014   | 127  | dismiss dobj={peace,settlement,accord,treaty,solution,compromise,deal,agreement,roadmap,framework}
V127.0015   | 127  | turn_down dobj={peace,settlement,accord,treaty,solution,compromise,deal,agreement,roadmap,framework}
V127.0016   | 127  | rule_out dobj={peace,settlement,accord,treaty,solution,compromise,deal,agreement,roadmap,framework}

V128.0001   | 128  | defy dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}   # defy norms or law
V128.0002   | 128  | flout dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0003   | 128  | disregard dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0004   | 128  | disobey dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0005   | 128  | violate dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0006   | 128  | contravene dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0007   | 128  | breach dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0008   | 128  | break dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0009   | 128  | ignore dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0010   | 128  | circumvent dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0011   | 128  | evade dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0012   | 128  | bust dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0013   | 128  | skirt dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0014   | 128  | challenge dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0015   | 128  | resist dobj={law,laws,rule,rules,norm,norms,order,orders,ban,sanction,sanctions,embargo,resolution,resolutions,constitution,ruling,rulings,court,verdict,regulation,regulations,decree,curfew,blockade,injunction,summons,subpoena,warrant,convention,treaty,obligations,obligation,limits}
V128.0016   | 128  | defy dobj=*
V128.0017   | 128  | flout dobj=*
V128.0018   | 128  | disobey dobj=*
V128.0019   | 128  | defy dobj=$target
V128.0020   | 128  | resist dobj={arrest,detention,eviction,deportation}
V128.0021   | 128  | refuse xcomp={comply,obey,abide,honour,honor,implement,heed}
V128.0022   | 128  | decline xcomp={comply,obey,abide,honour,honor,implement,heed}
V128.0023   | 128  | refuse xcomp={testify,appear}
V128.0024   | 128  | ignore dobj={warning,warnings,call,calls,demand,demands,ultimatum,appeal,appeals,summons,deadline}
V128.0025   | 128  | n:defiance prep:of=*
V128.0026   | 128  | n:violation prep:of={law,laws,sanctions,embargo,resolution,resolutions,rules,norms,constitution,order,ruling,treaty,convention,agreement,obligations}
V128.0027   | 128  | enrich dobj={uranium} prep:beyond=*

V129.0001   | 129  | veto dobj=*   # veto
V129.0002   | 129  | veto
V129.0003   | 129  | n:veto prep:of=*
V129.0004   | 129  | n:veto prep:on=*
V129.0005   | 129  | cast dobj={veto}
V129.0006   | 129  | use dobj={veto}
V129.0007   | 129  | wield dobj={veto}
V129.0008   | 129  | exercise dobj={veto}
V129.0009   | 129  | cast dobj={veto} prep:against=*
V129.0010   | 129  | use dobj={veto} prep:against=*
V129.0011   | 129  | wield dobj={veto} prep:against=*
V129.0012   | 129  | exercise dobj={veto} prep:against=*
V129.0013   | 129  | block dobj={resolution,bill,motion,draft,legislation,nomination,appointment,accession,membership,statement,declaration,candidacy}
V129.0014   | 129  | vote prep:against={resolution,bill,motion,draft,legislation,amendment,nomination,measure,proposal,budget,text,declaration}
V129.0015   | 129  | vote dobj={down} prep:against=*
V129.0016   | 129  | vote_down dobj={resolution,bill,motion,proposal,measure,amendment}
V129.0017   | 129  | shoot_down dobj={resolution,bill,motion,proposal,measure,amendment}
V129.0018   | 129  | reject dobj={resolution,bill,motion,draft,legislation,nomination,nominee,candidacy,budget}
V129.0019   | 129  | kill dobj={bill,legislation,measure,resolution}

V120.0001   | 120  | reject dobj=*   # reject
V120.0002   | 120  | rebuff dobj=*
V120.0003   | 120  | spurn dobj=*
V120.0004   | 120  | turn_down dobj=*
V120.0005   | 120  | rule_out dobj=*
V120.0006   | 120  | repudiate dobj=*
V120.0007   | 120  | refuse dobj=*
V120.0008   | 120  | refuse xcomp=*
V120.0009   | 120  | dismiss dobj={call,calls,demand,demands,request,requests,proposal,proposals,offer,offers,plan,idea,appeal,appeals,ultimatum,initiative,overture,overtures,bid,approach}
V120.0010   | 120  | decline dobj={offer,request,proposal,appeal,call}
V120.0011   | 120  | refuse xcomp={recognize,recognise,accept,acknowledge,endorse,support,sign,ratify,participate,allow,permit}
V120.0012   | 120  | decline xcomp={recognize,recognise,accept,acknowledge,endorse,support,sign,ratify,participate,allow,permit}
V120.0013   | 120  | say dobj={no} prep:to=*
V120.0014   | 120  | n:rejection prep:of=*
V120.0015   | 120  | n:refusal prep:of=*
V120.0016   | 120  | vote prep:against=$target
V120.0017   | 120  | resist dobj={demand,demands,call,calls,request}
V120.0018   | 120  | refuse xcomp={cooperate,collaborate}
V120.0019   | 120  | decline xcomp={cooperate,collaborate}
V120.0020   | 120  | reject dobj={cooperation,collaboration}
V120.0021   | 120  | rebuff dobj={cooperation,collaboration}
V120.0022   | 120  | spurn dobj={cooperation,collaboration}
V120.0023   | 120  | refuse dobj={cooperation,collaboration}
V120.0024   | 120  | decline dobj={cooperation,collaboration}
V120.0025   | 120  | dismiss dobj={cooperation,collaboration}
V120.0026   | 120  | turn_down dobj={cooperation,collaboration}
V120.0027   | 120  | rule_out dobj={cooperation,collaboration}

# Added in the 2026-11 review.
V120.7001   | 120  | fail xcomp={reach,agree,sign,conclude,finalize,finalise,approve,ratify,resolve,settle,bridge,break,secure,strike}   # fails to reach agreement
V120.7002   | 120  | renege prep:on=*   # reneges on a commitment
V120.7003   | 120  | go_back prep:on={promise,pledge,commitment,word,deal,agreement}
