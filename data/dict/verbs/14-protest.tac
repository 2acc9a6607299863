# Verb and event-noun patterns for CAMEO root 14 (protest).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V1411.0001  | 1411 | protest prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}   # demonstrates for leadership change
V1411.0002  | 1411 | demonstrate prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}
V1411.0003  | 1411 | rally prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}
V1411.0004  | 1411 | march prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}
V1411.0005  | 1411 | n:protest prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}
V1411.0006  | 1411 | n:protests prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}
V1411.0007  | 1411 | n:demonstration prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}
V1411.0008  | 1411 | n:rally prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}

V1412.0001  | 1412 | protest prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}   # demonstrates for policy change
V1412.0002  | 1412 | demonstrate prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1412.0003  | 1412 | rally prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1412.0004  | 1412 | march prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1412.0005  | 1412 | protest prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1412.0006  | 1412 | demonstrate prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1412.0007  | 1412 | rally prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1412.0008  | 1412 | march prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1412.0009  | 1412 | n:protest prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1412.0010  | 1412 | n:protests prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1412.0011  | 1412 | n:protests prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1412.0012  | 1412 | n:demonstration prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1412.0013  | 1412 | n:demonstrations prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1412.0014  | 1412 | n:rally prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}

V1413.0001  | 1413 | protest prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy}   # demonstrates for rights
V1413.0002  | 1413 | demonstrate prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy}
V1413.0003  | 1413 | rally prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy}
V1413.0004  | 1413 | march prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy}
V1413.0005  | 1413 | protest prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}
V1413.0006  | 1413 | demonstrate prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}
V1413.0007  | 1413 | rally prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}
V1413.0008  | 1413 | march prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}
V1413.0009  | 1413 | n:protest prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy}
V1413.0010  | 1413 | n:protests prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy}
V1413.0011  | 1413 | n:protest prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}
V1413.0012  | 1413 | n:protests prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}
V1413.0013  | 1413 | n:demonstration prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy}
V1413.0014  | 1413 | n:rally prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy}

V1414.0001  | 1414 | protest prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}   # demonstrates for change in institutions or regime
V1414.0002  | 1414 | demonstrate prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}
V1414.0003  | 1414 | rally prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}
V1414.0004  | 1414 | march prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}
V1414.0005  | 1414 | protest prep:against={regime,coup,junta,dictatorship,monarchy,amendment,putsch,occupation}
V1414.0006  | 1414 | demonstrate prep:against={regime,coup,junta,dictatorship,monarchy,amendment,putsch,occupation}
V1414.0007  | 1414 | rally prep:against={regime,coup,junta,dictatorship,monarchy,amendment,putsch,occupation}
V1414.0008  | 1414 | march prep:against={regime,coup,junta,dictatorship,monarchy,amendment,putsch,occupation}
V1414.0009  | 1414 | n:protest prep:against={regime,coup,junta,dictatorship,monarchy,amendment,putsch,occupation}
V1414.0010  | 1414 | n:protests prep:against={regime,coup,junta,dictatorship,monarchy,amendment,putsch,occupation}
V1414.0011  | 1414 | n:protest prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}
V1414.0012  | 1414 | n:protests prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}
V1414.0013  | 1414 | n:demonstration prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}

V1421.0001  | 1421 | n:hunger_strike prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}   # hunger strike for leadership change

V1422.0001  | 1422 | n:hunger_strike prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}   # hunger strike for policy change

V1423.0001  | 1423 | n:hunger_strike prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy}   # hunger strike for rights
V1423.0002  | 1423 | n:hunger_strike prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}

V1424.0001  | 1424 | n:hunger_strike prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}   # hunger strike for institutional change

V1431.0001  | 1431 | strike prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}   # strike or boycott for leadership change
V1431.0002  | 1431 | walk_out prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}
V1431.0003  | 1431 | boycott dobj={government,cabinet,parliament,session,sessions,council} prep:until=*
V1431.0004  | 1431 | n:strike prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}
V1431.0005  | 1431 | n:general_strike prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}

V1432.0001  | 1432 | strike prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}   # strike or boycott for policy change
V1432.0002  | 1432 | strike prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1432.0003  | 1432 | walk_out prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1432.0004  | 1432 | walk_out prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1432.0005  | 1432 | n:strike prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1432.0006  | 1432 | n:strike prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1432.0007  | 1432 | n:strikes prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1432.0008  | 1432 | n:strikes prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1432.0009  | 1432 | n:general_strike prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}

V1433.0001  | 1433 | strike prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy,conditions,raise,increase,contract}   # strike or boycott for rights
V1433.0002  | 1433 | walk_out prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy,conditions,raise,increase,contract}
V1433.0003  | 1433 | strike prep:over={wages,pay,pension,pensions,conditions,salaries,salary,bonuses,contract,contracts,hours}
V1433.0004  | 1433 | walk_out prep:over={wages,pay,pension,pensions,conditions,salaries,salary,bonuses,contract,contracts,hours}
V1433.0005  | 1433 | n:strike prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy,conditions,raise}
V1433.0006  | 1433 | n:strike prep:over={wages,pay,pension,pensions,conditions,salaries,salary,contract}

V1434.0001  | 1434 | strike prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}   # strike or boycott for institutional change
V1434.0002  | 1434 | walk_out prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}
V1434.0003  | 1434 | boycott dobj={election,elections,vote,poll,polls,referendum,ballot,parliament,assembly,process}

V1441.0001  | 1441 | block dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}   # obstructs passage to demand leadership change
V1441.0002  | 1441 | blockade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}
V1441.0003  | 1441 | barricade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}
V1441.0004  | 1441 | occupy dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}

V1442.0001  | 1442 | block dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,port,ports,border,crossing,intersection} prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}   # obstructs passage to demand policy change
V1442.0002  | 1442 | block dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,port,ports,border,crossing,intersection} prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1442.0003  | 1442 | blockade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,port,ports,border,crossing,intersection} prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1442.0004  | 1442 | blockade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,port,ports,border,crossing,intersection} prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1442.0005  | 1442 | barricade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,port,ports,border,crossing,intersection} prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1442.0006  | 1442 | barricade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,port,ports,border,crossing,intersection} prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1442.0007  | 1442 | occupy dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,port,ports,border,crossing,intersection} prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1442.0008  | 1442 | occupy dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,port,ports,border,crossing,intersection} prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1442.0009  | 1442 | n:blockade prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1442.0010  | 1442 | n:blockade prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1442.0011  | 1442 | n:blockades prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1442.0012  | 1442 | n:blockades prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}

V1443.0001  | 1443 | block dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,intersection} prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy}   # obstructs passage to demand rights
V1443.0002  | 1443 | blockade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,intersection} prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy}
V1443.0003  | 1443 | barricade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,intersection} prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy}
V1443.0004  | 1443 | occupy dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,intersection} prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,justice,wages,pay,pensions,pension,dignity,recognition,autonomy}
V1443.0005  | 1443 | block dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,intersection} prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}
V1443.0006  | 1443 | blockade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,intersection} prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}
V1443.0007  | 1443 | barricade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,intersection} prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}
V1443.0008  | 1443 | occupy dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,intersection} prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}

V1444.0001  | 1444 | block dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}   # obstructs passage to demand institutional or regime change
V1444.0002  | 1444 | block dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:against={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}
V1444.0003  | 1444 | blockade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}
V1444.0004  | 1444 | blockade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:against={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}
V1444.0005  | 1444 | barricade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}
V1444.0006  | 1444 | barricade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:against={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}
V1444.0007  | 1444 | occupy dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:for={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}
V1444.0008  | 1444 | occupy dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:against={democracy,constitution,referendum,independence,federalism,transition,secession,self-rule}
V1444.0009  | 1444 | block dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:against={regime,coup,junta,dictatorship,monarchy,amendment,putsch,occupation}
V1444.0010  | 1444 | blockade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:against={regime,coup,junta,dictatorship,monarchy,amendment,putsch,occupation}
V1444.0011  | 1444 | barricade dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:against={regime,coup,junta,dictatorship,monarchy,amendment,putsch,occupation}
V1444.0012  | 1444 | occupy dobj={road,roads,highway,highways,street,streets,bridge,bridges,railway,square,parliament,intersection} prep:against={regime,coup,junta,dictatorship,monarchy,amendment,putsch,occupation}

V1451.0001  | 1451 | riot prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}   # violent protest for leadership change
V1451.0002  | 1451 | rampage prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,recall,abdication,election,elections}

V1452.0001  | 1452 | riot prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}   # violent protest for policy change
V1452.0002  | 1452 | riot prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1452.0003  | 1452 | rampage prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1452.0004  | 1452 | rampage prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1452.0005  | 1452 | n:riots prep:over={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}
V1452.0006  | 1452 | n:riots prep:against={law,laws,bill,tax,taxes,policy,policies,reform,reforms,decision,measure,measures,plan,budget,cuts,hike,increase,price,prices,deal,agreement,ban,decree,regulation,project,dam,mine,pipeline,austerity,war,deportations,deportation,mandate,mandates,lockdown,conscription,privatization,privatisation,subsidy,subsidies,closure,eviction,evictions}

V1453.0001  | 1453 | riot prep:over={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}   # violent protest for rights
V1453.0002  | 1453 | riot prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}
V1453.0003  | 1453 | rampage prep:over={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}
V1453.0004  | 1453 | rampage prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}
V1453.0005  | 1453 | n:riots prep:over={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}
V1453.0006  | 1453 | n:riots prep:against={discrimination,racism,repression,brutality,violence,detention,arrests,persecution,censorship,harassment,femicide,impunity,killings,corruption}

V1454.0001  | 1454 | riot prep:against={regime,coup,junta,dictatorship,monarchy,amendment,putsch,occupation}   # violent protest for institutional change
V1454.0002  | 1454 | rampage prep:against={regime,coup,junta,dictatorship,monarchy,amendment,putsch,occupation}
V1454.0003  | 1454 | n:riots prep:against={regime,coup,junta,dictatorship,monarchy,amendment,putsch,occupation}

V141.0001   | 141  | protest   # demonstrates or rallies
V141.0002   | 141  | protest prep:against=*
V141.0003   | 141  | protest prep:outside=*
V141.0004   | 141  | protest prep:in=*
V141.0005   | 141  | protest prep:at=*
V141.0006   | 141  | protest prep:near=*
V141.0007   | 141  | protest prep:across=*
V141.0008   | 141  | protest prep:on=*
V141.0009   | 141  | protest prep:over=*
V141.0010   | 141  | demonstrate prep:against=*
V141.0011   | 141  | demonstrate prep:outside=*
V141.0012   | 141  | demonstrate prep:in=*
V141.0013   | 141  | demonstrate prep:at=*
V141.0014   | 141  | demonstrate prep:near=*
V141.0015   | 141  | demonstrate prep:across=*
V141.0016   | 141  | demonstrate prep:for=*
V141.0017   | 141  | demonstrate prep:over=*
V141.0018   | 141  | rally prep:against=*
V141.0019   | 141  | march prep:against=*
V141.0020   | 141  | gather prep:against=*
V141.0021   | 141  | assemble prep:against=*
V141.0022   | 141  | converge prep:against=*
V141.0023   | 141  | rally prep:in=*
V141.0024   | 141  | rally prep:outside=*
V141.0025   | 141  | rally prep:through=*
V141.0026   | 141  | rally prep:across=*
V141.0027   | 141  | rally prep:near=*
V141.0028   | 141  | rally prep:at=*
V141.0029   | 141  | march prep:in=*
V141.0030   | 141  | march prep:outside=*
V141.0031   | 141  | march prep:through=*
V141.0032   | 141  | march prep:across=*
V141.0033   | 141  | march prep:near=*
V141.0034   | 141  | march prep:at=*
V141.0035   | 141  | rally prep:for=*
V141.0036   | 141  | picket dobj=*
V141.0037   | 141  | picket
V141.0038   | 141  | stage dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches,mobilization,mobilisation,walk,protest-march}
V141.0039   | 141  | hold dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches,mobilization,mobilisation,walk,protest-march}
V141.0040   | 141  | organize dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches,mobilization,mobilisation,walk,protest-march}
V141.0041   | 141  | organise dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches,mobilization,mobilisation,walk,protest-march}
V141.0042   | 141  | lead dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches,mobilization,mobilisation,walk,protest-march}
V141.0043   | 141  | join dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches,mobilization,mobilisation,walk,protest-march}
V141.0044   | 141  | call dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches,mobilization,mobilisation,walk,protest-march}
V141.0045   | 141  | mount dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches,mobilization,mobilisation,walk,protest-march}
V141.0046   | 141  | launch dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches,mobilization,mobilisation,walk,protest-march}
V141.0047   | 141  | begin dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches,mobilization,mobilisation,walk,protest-march}
V141.0048   | 141  | start dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches,mobilization,mobilisation,walk,protest-march}
V141.0049   | 141  | continue dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches,mobilization,mobilisation,walk,protest-march}
V141.0050   | 141  | plan dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches,mobilization,mobilisation,walk,protest-march}
V141.0051   | 141  | stage dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches} prep:against=$target
V141.0052   | 141  | hold dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches} prep:against=$target
V141.0053   | 141  | organize dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches} prep:against=$target
V141.0054   | 141  | organise dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches} prep:against=$target
V141.0055   | 141  | lead dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches} prep:against=$target
V141.0056   | 141  | join dobj={protest,protests,demonstration,demonstrations,rally,rallies,march,marches} prep:against=$target
V141.0057   | 141  | take prep:to={streets,street}
V141.0058   | 141  | pour prep:into={streets,street,squares,square}
V141.0059   | 141  | spill prep:into={streets,street,squares,square}
V141.0060   | 141  | flood prep:into={streets,street,squares,square}
V141.0061   | 141  | throng dobj={streets,squares,square,street,avenue,avenues}
V141.0062   | 141  | fill dobj={streets,squares,square,street,avenue,avenues}
V141.0063   | 141  | flood dobj={streets,squares,square,street,avenue,avenues}
V141.0064   | 141  | crowd dobj={streets,squares,square,street,avenue,avenues}
V141.0065   | 141  | pack dobj={streets,squares,square,street,avenue,avenues}
V141.0066   | 141  | chant dobj={slogans,slogan}
V141.0067   | 141  | shout dobj={slogans,slogan}
V141.0068   | 141  | wave dobj={placards,banners,signs}
V141.0069   | 141  | burn dobj={effigy,effigies,flag,flags}
V141.0070   | 141  | n:protest prep:against=*
V141.0071   | 141  | n:protests prep:against=*
V141.0072   | 141  | n:demonstration prep:against=*
V141.0073   | 141  | n:demonstrations prep:against=*
V141.0074   | 141  | n:rally prep:against=*
V141.0075   | 141  | n:march prep:against=*
V141.0076   | 141  | n:protest prep:outside=*
V141.0077   | 141  | n:protests prep:outside=*

V142.0001   | 142  | n:hunger_strike   # hunger strike
V142.0002   | 142  | n:hunger_strike prep:against=*
V142.0003   | 142  | n:hunger_strike prep:over=*
V142.0004   | 142  | n:hunger_strike prep:in=*
V142.0005   | 142  | fast prep:in={protest,solidarity}
V142.0006   | 142  | fast prep:against={protest,solidarity}

V143.0001   | 143  | go prep:on={strike,strikes,walkout}   # strike or boycott
V143.0002   | 143  | stage dobj={strike,strikes,walkout,walkouts,stoppage,stoppages,shutdown,go-slow,sit-down,general}
V143.0003   | 143  | hold dobj={strike,strikes,walkout,walkouts,stoppage,stoppages,shutdown,go-slow,sit-down,general}
V143.0004   | 143  | call dobj={strike,strikes,walkout,walkouts,stoppage,stoppages,shutdown,go-slow,sit-down,general}
V143.0005   | 143  | declare dobj={strike,strikes,walkout,walkouts,stoppage,stoppages,shutdown,go-slow,sit-down,general}
V143.0006   | 143  | join dobj={strike,strikes,walkout,walkouts,stoppage,stoppages,shutdown,go-slow,sit-down,general}
V143.0007   | 143  | continue dobj={strike,strikes,walkout,walkouts,stoppage,stoppages,shutdown,go-slow,sit-down,general}
V143.0008   | 143  | organize dobj={strike,strikes,walkout,walkouts,stoppage,stoppages,shutdown,go-slow,sit-down,general}
V143.0009   | 143  | organise dobj={strike,strikes,walkout,walkouts,stoppage,stoppages,shutdown,go-slow,sit-down,general}
V143.0010   | 143  | extend dobj={strike,strikes,walkout,walkouts,stoppage,stoppages,shutdown,go-slow,sit-down,general}
V143.0011   | 143  | down dobj={tools}
V143.0012   | 143  | walk_out
V143.0013   | 143  | walk_off dobj={job,jobs}
V143.0014   | 143  | boycott dobj=*
V143.0015   | 143  | boycott
V143.0016   | 143  | n:boycott prep:of=*
V143.0017   | 143  | n:strike prep:by=*
V143.0018   | 143  | n:walkout prep:by=*
V143.0019   | 143  | n:general_strike
V143.0020   | 143  | shut_down dobj={shops,businesses,markets,city,town,schools} prep:in={protest}
V143.0021   | 143  | shut dobj={shops,businesses,markets,city,town,schools} prep:in={protest}
V143.0022   | 143  | stay_away prep:from={work}
V143.0023   | 143  | withhold dobj={taxes,rent,labor,labour}

V144.0001   | 144  | block dobj={road,roads,highway,highways,street,streets,entrance,entrances,access,traffic,bridge,bridges,railway,railways,rail,line,intersection,junction,roundabout,motorway,gate,gates,tracks,route,routes,exit,exits}   # obstructs passage or blocks
V144.0002   | 144  | blockade dobj={road,roads,highway,highways,street,streets,entrance,entrances,access,traffic,bridge,bridges,railway,railways,rail,line,intersection,junction,roundabout,motorway,gate,gates,tracks,route,routes,exit,exits}
V144.0003   | 144  | barricade dobj={road,roads,highway,highways,street,streets,entrance,entrances,access,traffic,bridge,bridges,railway,railways,rail,line,intersection,junction,roundabout,motorway,gate,gates,tracks,route,routes,exit,exits}
V144.0004   | 144  | obstruct dobj={road,roads,highway,highways,street,streets,entrance,entrances,access,traffic,bridge,bridges,railway,railways,rail,line,intersection,junction,roundabout,motorway,gate,gates,tracks,route,routes,exit,exits}
V144.0005   | 144  | seal_off dobj={road,roads,highway,highways,street,streets,entrance,entrances,access,traffic,bridge,bridges,railway,railways,rail,line,intersection,junction,roundabout,motorway,gate,gates,tracks,route,routes,exit,exits}
V144.0006   | 144  | barricade dobj=*
V144.0007   | 144  | barricade dobj={themselves} prep:in=*
V144.0008   | 144  | erect dobj={barricade,barricades,roadblock,roadblocks,blockade}
V144.0009   | 144  | set_up dobj={barricade,barricades,roadblock,roadblocks,blockade}
V144.0010   | 144  | build dobj={barricade,barricades,roadblock,roadblocks,blockade}
V144.0011   | 144  | put_up dobj={barricade,barricades,roadblock,roadblocks,blockade}
V144.0012   | 144  | man dobj={barricade,barricades,roadblock,roadblocks,blockade}
V144.0013   | 144  | occupy dobj={building,square,office,offices,parliament,campus,university,ministry,headquarters,plaza,street,park,hall,factory,mine,school,airport,station,terminal,chamber,lobby,embassy,consulate,courthouse,church}
V144.0014   | 144  | stage dobj={sit-in,sit-ins,blockade,blockades,occupation,lie-in,die-in}
V144.0015   | 144  | hold dobj={sit-in,sit-ins,blockade,blockades,occupation,lie-in,die-in}
V144.0016   | 144  | launch dobj={sit-in,sit-ins,blockade,blockades,occupation,lie-in,die-in}
V144.0017   | 144  | begin dobj={sit-in,sit-ins,blockade,blockades,occupation,lie-in,die-in}
V144.0018   | 144  | organize dobj={sit-in,sit-ins,blockade,blockades,occupation,lie-in,die-in}
V144.0019   | 144  | organise dobj={sit-in,sit-ins,blockade,blockades,occupation,lie-in,die-in}
V144.0020   | 144  | mount dobj={sit-in,sit-ins,blockade,blockades,occupation,lie-in,die-in}
V144.0021   | 144  | chain dobj={themselves} prep:to=*
V144.0022   | 144  | glue dobj={themselves} prep:to=*
V144.0023   | 144  | handcuff dobj={themselves} prep:to=*
V144.0024   | 144  | chain prep:to=*
V144.0025   | 144  | glue prep:to=*
V144.0026   | 144  | lie prep:in={road,street,roads,highway}
V144.0027   | 144  | sit prep:in={road,street,roads,highway}
V144.0028   | 144  | sit_down prep:in={road,street,roads,highway}
V144.0029   | 144  | n:sit-in prep:at=*
V144.0030   | 144  | n:sit-in prep:in=*
V144.0031   | 144  | n:sit-in prep:outside=*
V144.0032   | 144  | n:blockade prep:of={road,roads,highway,street,port,bridge,border,crossing,railway,entrance}
V144.0033   | 144  | n:roadblock

V145.0001   | 145  | riot   # protests violently or riots
V145.0002   | 145  | riot prep:in=*
V145.0003   | 145  | riot prep:over=*
V145.0004   | 145  | riot prep:against=*
V145.0005   | 145  | riot prep:outside=*
V145.0006   | 145  | riot prep:after=*
V145.0007   | 145  | rampage
V145.0008   | 145  | run_riot
V145.0009   | 145  | rampage prep:through=*
V145.0010   | 145  | loot dobj=*
V145.0011   | 145  | ransack dobj=*
V145.0012   | 145  | pillage dobj=*
V145.0013   | 145  | vandalize dobj=*
V145.0014   | 145  | vandalise dobj=*
V145.0015   | 145  | deface dobj=*
V145.0016   | 145  | trash dobj=*
V145.0017   | 145  | smash dobj=*
V145.0018   | 145  | clash prep:with={police,policemen,officers,riot,gendarmes,gendarmerie,troopers,guards}
V145.0019   | 145  | throw dobj={stones,stone,rocks,rock,bottles,bottle,molotov,cocktails,cocktail,petrol,firebombs,firebomb,projectiles,bricks,eggs,fireworks,flares,objects,chairs}
V145.0020   | 145  | hurl dobj={stones,stone,rocks,rock,bottles,bottle,molotov,cocktails,cocktail,petrol,firebombs,firebomb,projectiles,bricks,eggs,fireworks,flares,objects,chairs}
V145.0021   | 145  | lob dobj={stones,stone,rocks,rock,bottles,bottle,molotov,cocktails,cocktail,petrol,firebombs,firebomb,projectiles,bricks,eggs,fireworks,flares,objects,chairs}
V145.0022   | 145  | fling dobj={stones,stone,rocks,rock,bottles,bottle,molotov,cocktails,cocktail,petrol,firebombs,firebomb,projectiles,bricks,eggs,fireworks,flares,objects,chairs}
V145.0023   | 145  | pelt dobj=* prep:with=*
V145.0024   | 145  | stone dobj=* prep:with=*
V145.0025   | 145  | pelt dobj={police,officers,troops,soldiers,vehicles,cars,convoy,motorcade,bus,buses}
V145.0026   | 145  | stone dobj={police,officers,troops,soldiers,vehicles,cars,convoy,motorcade,bus,buses}
V145.0027   | 145  | storm dobj={parliament,building,capitol,embassy,compound,office,offices,palace,legislature,headquarters,residence,ministry,consulate,station,prison,courthouse,hall,chamber}
V145.0028   | 145  | ransack dobj={parliament,building,capitol,embassy,compound,office,offices,palace,legislature,headquarters,residence,ministry,consulate,station,prison,courthouse,hall,chamber}
V145.0029   | 145  | overrun dobj={parliament,building,capitol,embassy,compound,office,offices,palace,legislature,headquarters,residence,ministry,consulate,station,prison,courthouse,hall,chamber}
V145.0030   | 145  | break_into dobj={parliament,building,capitol,embassy,compound,office,offices,palace,legislature,headquarters,residence,ministry,consulate,station,prison,courthouse,hall,chamber}
V145.0031   | 145  | set_fire dobj={car,cars,vehicles,buildings,building,tyres,tires,shops,office,police,station,barricades}
V145.0032   | 145  | set_alight dobj={car,cars,vehicles,buildings,building,tyres,tires,shops,office,police,station,barricades}
V145.0033   | 145  | torch dobj={car,cars,vehicles,tyres,tires,police,barricades,bus,buses,bins,dumpsters,patrol}
V145.0034   | 145  | burn dobj={car,cars,vehicles,tyres,tires,police,barricades,bus,buses,bins,dumpsters,patrol}
V145.0035   | 145  | attack dobj={police,policemen,officers,station,stations} prep:with={stones,rocks,sticks,bottles,molotov,firebombs}
V145.0036   | 145  | n:riot prep:in=*
V145.0037   | 145  | n:riot prep:over=*
V145.0038   | 145  | n:riot prep:against=*
V145.0039   | 145  | n:riot prep:after=*
V145.0040   | 145  | n:riots prep:in=*
V145.0041   | 145  | n:riots prep:over=*
V145.0042   | 145  | n:riots prep:against=*
V145.0043   | 145  | n:riots prep:after=*
V145.0044   | 145  | n:clashes prep:with={police,security,riot,officers}
V145.0045   | 145  | n:unrest prep:in=*
V145.0046   | 145  | erupt prep:into={violence,riots,clashes,chaos}
V145.0047   | 145  | break_out prep:into={violence,riots,clashes,chaos}

V140.0001   | 140  | dissent   # political dissent
V140.0002   | 140  | rebel
V140.0003   | 140  | revolt
V140.0004   | 140  | rise_up
V140.0005   | 140  | agitate
V140.0006   | 140  | mutiny
V140.0007   | 140  | rebel prep:against=*
V140.0008   | 140  | revolt prep:against=*
V140.0009   | 140  | rise_up prep:against=*
V140.0010   | 140  | mutiny prep:against=*
V140.0011   | 140  | resist dobj={occupation,regime,government,authority,authorities,junta,oppression,tyranny,dictatorship}
V140.0012   | 140  | defect prep:from=*
V140.0013   | 140  | defect prep:to=$target
V140.0014   | 140  | disrupt dobj={session,meeting,speech,rally,event,ceremony,conference,parade,hearing,proceedings,address}
V140.0015   | 140  | heckle dobj=*
V140.0016   | 140  | boo dobj=*
V140.0017   | 140  | jeer dobj=*
V140.0018   | 140  | interrupt dobj={speech,session,address,meeting}
V140.0019   | 140  | walk_out prep:of={session,parliament,chamber,speech,address,hall,assembly,ceremony}
V140.0020   | 140  | burn dobj={flag,flags,portrait,portraits,effigy} prep:of=$target
V140.0021   | 140  | turn dobj={backs,back} prep:on=$target
V140.0022   | 140  | kneel prep:during={anthem}
V140.0023   | 140  | sign dobj={petition} prep:against=*
V140.0024   | 140  | n:uprising prep:against=*
V140.0025   | 140  | n:rebellion prep:against=*
V140.0026   | 140  | n:revolt prep:against=*
V140.0027   | 140  | n:mutiny prep:against=*
V140.0028   | 140  | n:dissent prep:against=*

# Added in the 2026-11 review.
V145.7001   | 145  | resort prep:to={violence,force,stone-throwing,throwing,arms,rioting,riots}   # protesters resort to violence
V141.7001   | 141  | converge prep:for={rally,protest,demonstration,march,sit-in,vigil}
