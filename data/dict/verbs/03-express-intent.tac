# Verb and event-noun patterns for CAMEO root 03 (express intent to cooperate).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V0311.0001  | 0311 | promise xcomp={trade,invest}   # expresses intent: economic cooperation
V0311.0002  | 0311 | pledge xcomp={trade,invest}
V0311.0003  | 0311 | vow xcomp={trade,invest}
V0311.0004  | 0311 | offer xcomp={trade,invest}
V0311.0005  | 0311 | agree xcomp={trade,invest}
V0311.0006  | 0311 | undertake xcomp={trade,invest}
V0311.0007  | 0311 | intend xcomp={trade,invest}
V0311.0008  | 0311 | volunteer xcomp={trade,invest}
V0311.0009  | 0311 | commit xcomp={trade,invest}
V0311.0010  | 0311 | promise dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0311.0011  | 0311 | pledge dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0311.0012  | 0311 | offer dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0311.0013  | 0311 | promise iobj=$target dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0311.0014  | 0311 | pledge iobj=$target dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0311.0015  | 0311 | offer iobj=$target dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0311.0016  | 0311 | promise dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors} prep:to=$target
V0311.0017  | 0311 | pledge dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors} prep:to=$target
V0311.0018  | 0311 | offer dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors} prep:to=$target
V0311.0019  | 0311 | commit prep:to={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0311.0020  | 0311 | agree prep:to={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0311.0021  | 0311 | n:offer prep:of={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0311.0022  | 0311 | n:pledge prep:of={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0311.0023  | 0311 | n:promise prep:of={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}

V0312.0001  | 0312 | agree xcomp={train,station,base,patrol}   # intent to cooperate militarily
V0312.0002  | 0312 | plan xcomp={train,station,base,patrol}
V0312.0003  | 0312 | offer xcomp={train,station,base,patrol}
V0312.0004  | 0312 | promise xcomp={train,station,base,patrol}
V0312.0005  | 0312 | pledge xcomp={train,station,base,patrol}
V0312.0006  | 0312 | promise xcomp={ally}
V0312.0007  | 0312 | pledge xcomp={ally}
V0312.0008  | 0312 | vow xcomp={ally}
V0312.0009  | 0312 | offer xcomp={ally}
V0312.0010  | 0312 | agree xcomp={ally}
V0312.0011  | 0312 | undertake xcomp={ally}
V0312.0012  | 0312 | intend xcomp={ally}
V0312.0013  | 0312 | volunteer xcomp={ally}
V0312.0014  | 0312 | commit xcomp={ally}
V0312.0015  | 0312 | promise dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0312.0016  | 0312 | pledge dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0312.0017  | 0312 | offer dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0312.0018  | 0312 | promise iobj=$target dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0312.0019  | 0312 | pledge iobj=$target dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0312.0020  | 0312 | offer iobj=$target dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0312.0021  | 0312 | promise dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability} prep:to=$target
V0312.0022  | 0312 | pledge dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability} prep:to=$target
V0312.0023  | 0312 | offer dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability} prep:to=$target
V0312.0024  | 0312 | commit prep:to={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0312.0025  | 0312 | agree prep:to={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0312.0026  | 0312 | n:offer prep:of={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0312.0027  | 0312 | n:pledge prep:of={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0312.0028  | 0312 | n:promise prep:of={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}

V0313.0001  | 0313 | promise xcomp={extradite}   # expresses intent: judicial cooperation
V0313.0002  | 0313 | pledge xcomp={extradite}
V0313.0003  | 0313 | vow xcomp={extradite}
V0313.0004  | 0313 | offer xcomp={extradite}
V0313.0005  | 0313 | agree xcomp={extradite}
V0313.0006  | 0313 | undertake xcomp={extradite}
V0313.0007  | 0313 | intend xcomp={extradite}
V0313.0008  | 0313 | volunteer xcomp={extradite}
V0313.0009  | 0313 | commit xcomp={extradite}
V0313.0010  | 0313 | promise dobj={extradition,extraditions,handover,hand-over,deportation}
V0313.0011  | 0313 | pledge dobj={extradition,extraditions,handover,hand-over,deportation}
V0313.0012  | 0313 | offer dobj={extradition,extraditions,handover,hand-over,deportation}
V0313.0013  | 0313 | promise iobj=$target dobj={extradition,extraditions,handover,hand-over,deportation}
V0313.0014  | 0313 | pledge iobj=$target dobj={extradition,extraditions,handover,hand-over,deportation}
V0313.0015  | 0313 | offer iobj=$target dobj={extradition,extraditions,handover,hand-over,deportation}
V0313.0016  | 0313 | promise dobj={extradition,extraditions,handover,hand-over,deportation} prep:to=$target
V0313.0017  | 0313 | pledge dobj={extradition,extraditions,handover,hand-over,deportation} prep:to=$target
V0313.0018  | 0313 | offer dobj={extradition,extraditions,handover,hand-over,deportation} prep:to=$target
V0313.0019  | 0313 | commit prep:to={extradition,extraditions,handover,hand-over,deportation}
V0313.0020  | 0313 | agree prep:to={extradition,extraditions,handover,hand-over,deportation}
V0313.0021  | 0313 | n:offer prep:of={extradition,extraditions,handover,hand-over,deportation}
V0313.0022  | 0313 | n:pledge prep:of={extradition,extraditions,handover,hand-over,deportation}
V0313.0023  | 0313 | n:promise prep:of={extradition,extraditions,handover,hand-over,deportation}

V0314.0001  | 0314 | promise xcomp={share}   # expresses intent: intelligence sharing
V0314.0002  | 0314 | pledge xcomp={share}
V0314.0003  | 0314 | vow xcomp={share}
V0314.0004  | 0314 | offer xcomp={share}
V0314.0005  | 0314 | agree xcomp={share}
V0314.0006  | 0314 | undertake xcomp={share}
V0314.0007  | 0314 | intend xcomp={share}
V0314.0008  | 0314 | volunteer xcomp={share}
V0314.0009  | 0314 | commit xcomp={share}
V0314.0010  | 0314 | promise dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0314.0011  | 0314 | pledge dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0314.0012  | 0314 | offer dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0314.0013  | 0314 | promise iobj=$target dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0314.0014  | 0314 | pledge iobj=$target dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0314.0015  | 0314 | offer iobj=$target dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0314.0016  | 0314 | promise dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation} prep:to=$target
V0314.0017  | 0314 | pledge dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation} prep:to=$target
V0314.0018  | 0314 | offer dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation} prep:to=$target
V0314.0019  | 0314 | commit prep:to={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0314.0020  | 0314 | agree prep:to={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0314.0021  | 0314 | n:offer prep:of={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0314.0022  | 0314 | n:pledge prep:of={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0314.0023  | 0314 | n:promise prep:of={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}

V0331.0001  | 0331 | promise xcomp={fund,finance,lend,bail,bankroll,compensate}   # expresses intent: economic aid
V0331.0002  | 0331 | pledge xcomp={fund,finance,lend,bail,bankroll,compensate}
V0331.0003  | 0331 | vow xcomp={fund,finance,lend,bail,bankroll,compensate}
V0331.0004  | 0331 | offer xcomp={fund,finance,lend,bail,bankroll,compensate}
V0331.0005  | 0331 | agree xcomp={fund,finance,lend,bail,bankroll,compensate}
V0331.0006  | 0331 | undertake xcomp={fund,finance,lend,bail,bankroll,compensate}
V0331.0007  | 0331 | intend xcomp={fund,finance,lend,bail,bankroll,compensate}
V0331.0008  | 0331 | volunteer xcomp={fund,finance,lend,bail,bankroll,compensate}
V0331.0009  | 0331 | commit xcomp={fund,finance,lend,bail,bankroll,compensate}
V0331.0010  | 0331 | promise dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0331.0011  | 0331 | pledge dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0331.0012  | 0331 | offer dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0331.0013  | 0331 | promise iobj=$target dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0331.0014  | 0331 | pledge iobj=$target dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0331.0015  | 0331 | offer iobj=$target dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0331.0016  | 0331 | promise dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution} prep:to=$target
V0331.0017  | 0331 | pledge dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution} prep:to=$target
V0331.0018  | 0331 | offer dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution} prep:to=$target
V0331.0019  | 0331 | commit prep:to={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0331.0020  | 0331 | agree prep:to={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0331.0021  | 0331 | n:offer prep:of={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0331.0022  | 0331 | n:pledge prep:of={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0331.0023  | 0331 | n:promise prep:of={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}

V0332.0001  | 0332 | promise xcomp={arm,rearm}   # expresses intent: military aid
V0332.0002  | 0332 | pledge xcomp={arm,rearm}
V0332.0003  | 0332 | vow xcomp={arm,rearm}
V0332.0004  | 0332 | offer xcomp={arm,rearm}
V0332.0005  | 0332 | agree xcomp={arm,rearm}
V0332.0006  | 0332 | undertake xcomp={arm,rearm}
V0332.0007  | 0332 | intend xcomp={arm,rearm}
V0332.0008  | 0332 | volunteer xcomp={arm,rearm}
V0332.0009  | 0332 | commit xcomp={arm,rearm}
V0332.0010  | 0332 | promise dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0332.0011  | 0332 | pledge dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0332.0012  | 0332 | offer dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0332.0013  | 0332 | promise iobj=$target dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0332.0014  | 0332 | pledge iobj=$target dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0332.0015  | 0332 | offer iobj=$target dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0332.0016  | 0332 | promise dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles} prep:to=$target
V0332.0017  | 0332 | pledge dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles} prep:to=$target
V0332.0018  | 0332 | offer dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles} prep:to=$target
V0332.0019  | 0332 | commit prep:to={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0332.0020  | 0332 | agree prep:to={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0332.0021  | 0332 | n:offer prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0332.0022  | 0332 | n:pledge prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0332.0023  | 0332 | n:promise prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}

V0333.0001  | 0333 | promise xcomp={feed,shelter}   # expresses intent: humanitarian aid
V0333.0002  | 0333 | pledge xcomp={feed,shelter}
V0333.0003  | 0333 | vow xcomp={feed,shelter}
V0333.0004  | 0333 | offer xcomp={feed,shelter}
V0333.0005  | 0333 | agree xcomp={feed,shelter}
V0333.0006  | 0333 | undertake xcomp={feed,shelter}
V0333.0007  | 0333 | intend xcomp={feed,shelter}
V0333.0008  | 0333 | volunteer xcomp={feed,shelter}
V0333.0009  | 0333 | commit xcomp={feed,shelter}
V0333.0010  | 0333 | promise dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0333.0011  | 0333 | pledge dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0333.0012  | 0333 | offer dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0333.0013  | 0333 | promise iobj=$target dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0333.0014  | 0333 | pledge iobj=$target dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0333.0015  | 0333 | offer iobj=$target dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0333.0016  | 0333 | promise dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue} prep:to=$target
V0333.0017  | 0333 | pledge dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue} prep:to=$target
V0333.0018  | 0333 | offer dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue} prep:to=$target
V0333.0019  | 0333 | commit prep:to={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0333.0020  | 0333 | agree prep:to={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0333.0021  | 0333 | n:offer prep:of={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0333.0022  | 0333 | n:pledge prep:of={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0333.0023  | 0333 | n:promise prep:of={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}

V0334.0001  | 0334 | promise xcomp={protect,intervene,deploy,defend}   # expresses intent: peacekeeping or protection
V0334.0002  | 0334 | pledge xcomp={protect,intervene,deploy,defend}
V0334.0003  | 0334 | vow xcomp={protect,intervene,deploy,defend}
V0334.0004  | 0334 | offer xcomp={protect,intervene,deploy,defend}
V0334.0005  | 0334 | agree xcomp={protect,intervene,deploy,defend}
V0334.0006  | 0334 | undertake xcomp={protect,intervene,deploy,defend}
V0334.0007  | 0334 | intend xcomp={protect,intervene,deploy,defend}
V0334.0008  | 0334 | volunteer xcomp={protect,intervene,deploy,defend}
V0334.0009  | 0334 | commit xcomp={protect,intervene,deploy,defend}
V0334.0010  | 0334 | promise dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0334.0011  | 0334 | pledge dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0334.0012  | 0334 | offer dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0334.0013  | 0334 | promise iobj=$target dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0334.0014  | 0334 | pledge iobj=$target dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0334.0015  | 0334 | offer iobj=$target dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0334.0016  | 0334 | promise dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort} prep:to=$target
V0334.0017  | 0334 | pledge dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort} prep:to=$target
V0334.0018  | 0334 | offer dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort} prep:to=$target
V0334.0019  | 0334 | commit prep:to={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0334.0020  | 0334 | agree prep:to={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0334.0021  | 0334 | n:offer prep:of={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0334.0022  | 0334 | n:pledge prep:of={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0334.0023  | 0334 | n:promise prep:of={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}

V0341.0001  | 0341 | promise xcomp={resign,step,quit,abdicate,relinquish,cede}   # expresses intent: leadership change
V0341.0002  | 0341 | pledge xcomp={resign,step,quit,abdicate,relinquish,cede}
V0341.0003  | 0341 | vow xcomp={resign,step,quit,abdicate,relinquish,cede}
V0341.0004  | 0341 | offer xcomp={resign,step,quit,abdicate,relinquish,cede}
V0341.0005  | 0341 | agree xcomp={resign,step,quit,abdicate,relinquish,cede}
V0341.0006  | 0341 | undertake xcomp={resign,step,quit,abdicate,relinquish,cede}
V0341.0007  | 0341 | intend xcomp={resign,step,quit,abdicate,relinquish,cede}
V0341.0008  | 0341 | volunteer xcomp={resign,step,quit,abdicate,relinquish,cede}
V0341.0009  | 0341 | commit xcomp={resign,step,quit,abdicate,relinquish,cede}
V0341.0010  | 0341 | promise dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0341.0011  | 0341 | pledge dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0341.0012  | 0341 | offer dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0341.0013  | 0341 | promise iobj=$target dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0341.0014  | 0341 | pledge iobj=$target dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0341.0015  | 0341 | offer iobj=$target dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0341.0016  | 0341 | promise dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle} prep:to=$target
V0341.0017  | 0341 | pledge dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle} prep:to=$target
V0341.0018  | 0341 | offer dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle} prep:to=$target
V0341.0019  | 0341 | commit prep:to={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0341.0020  | 0341 | agree prep:to={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0341.0021  | 0341 | n:offer prep:of={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0341.0022  | 0341 | n:pledge prep:of={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0341.0023  | 0341 | n:promise prep:of={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}

V0342.0001  | 0342 | promise xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}   # expresses intent: policy change
V0342.0002  | 0342 | pledge xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0342.0003  | 0342 | vow xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0342.0004  | 0342 | offer xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0342.0005  | 0342 | agree xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0342.0006  | 0342 | undertake xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0342.0007  | 0342 | intend xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0342.0008  | 0342 | volunteer xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0342.0009  | 0342 | commit xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0342.0010  | 0342 | promise dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0342.0011  | 0342 | pledge dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0342.0012  | 0342 | offer dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0342.0013  | 0342 | promise iobj=$target dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0342.0014  | 0342 | pledge iobj=$target dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0342.0015  | 0342 | offer iobj=$target dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0342.0016  | 0342 | promise dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium} prep:to=$target
V0342.0017  | 0342 | pledge dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium} prep:to=$target
V0342.0018  | 0342 | offer dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium} prep:to=$target
V0342.0019  | 0342 | commit prep:to={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0342.0020  | 0342 | agree prep:to={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0342.0021  | 0342 | n:offer prep:of={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0342.0022  | 0342 | n:pledge prep:of={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0342.0023  | 0342 | n:promise prep:of={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}

V0343.0001  | 0343 | promise xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}   # expresses intent: rights
V0343.0002  | 0343 | pledge xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0343.0003  | 0343 | vow xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0343.0004  | 0343 | offer xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0343.0005  | 0343 | agree xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0343.0006  | 0343 | undertake xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0343.0007  | 0343 | intend xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0343.0008  | 0343 | volunteer xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0343.0009  | 0343 | commit xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0343.0010  | 0343 | promise dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0343.0011  | 0343 | pledge dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0343.0012  | 0343 | offer dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0343.0013  | 0343 | promise iobj=$target dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0343.0014  | 0343 | pledge iobj=$target dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0343.0015  | 0343 | offer iobj=$target dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0343.0016  | 0343 | promise dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity} prep:to=$target
V0343.0017  | 0343 | pledge dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity} prep:to=$target
V0343.0018  | 0343 | offer dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity} prep:to=$target
V0343.0019  | 0343 | commit prep:to={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0343.0020  | 0343 | agree prep:to={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0343.0021  | 0343 | n:offer prep:of={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0343.0022  | 0343 | n:pledge prep:of={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0343.0023  | 0343 | n:promise prep:of={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}

V0344.0001  | 0344 | promise xcomp={democratize,democratise}   # expresses intent: institutional or regime change
V0344.0002  | 0344 | pledge xcomp={democratize,democratise}
V0344.0003  | 0344 | vow xcomp={democratize,democratise}
V0344.0004  | 0344 | offer xcomp={democratize,democratise}
V0344.0005  | 0344 | agree xcomp={democratize,democratise}
V0344.0006  | 0344 | undertake xcomp={democratize,democratise}
V0344.0007  | 0344 | intend xcomp={democratize,democratise}
V0344.0008  | 0344 | volunteer xcomp={democratize,democratise}
V0344.0009  | 0344 | commit xcomp={democratize,democratise}
V0344.0010  | 0344 | promise dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0344.0011  | 0344 | pledge dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0344.0012  | 0344 | offer dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0344.0013  | 0344 | promise iobj=$target dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0344.0014  | 0344 | pledge iobj=$target dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0344.0015  | 0344 | offer iobj=$target dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0344.0016  | 0344 | promise dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism} prep:to=$target
V0344.0017  | 0344 | pledge dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism} prep:to=$target
V0344.0018  | 0344 | offer dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism} prep:to=$target
V0344.0019  | 0344 | commit prep:to={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0344.0020  | 0344 | agree prep:to={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0344.0021  | 0344 | n:offer prep:of={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0344.0022  | 0344 | n:pledge prep:of={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0344.0023  | 0344 | n:promise prep:of={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}

V0352.0001  | 0352 | promise xcomp={disperse,vacate,demobilize,demobilise}   # expresses intent: an end to protests
V0352.0002  | 0352 | pledge xcomp={disperse,vacate,demobilize,demobilise}
V0352.0003  | 0352 | vow xcomp={disperse,vacate,demobilize,demobilise}
V0352.0004  | 0352 | offer xcomp={disperse,vacate,demobilize,demobilise}
V0352.0005  | 0352 | agree xcomp={disperse,vacate,demobilize,demobilise}
V0352.0006  | 0352 | undertake xcomp={disperse,vacate,demobilize,demobilise}
V0352.0007  | 0352 | intend xcomp={disperse,vacate,demobilize,demobilise}
V0352.0008  | 0352 | volunteer xcomp={disperse,vacate,demobilize,demobilise}
V0352.0009  | 0352 | commit xcomp={disperse,vacate,demobilize,demobilise}
V0352.0010  | 0352 | promise dobj={dispersal}
V0352.0011  | 0352 | pledge dobj={dispersal}
V0352.0012  | 0352 | offer dobj={dispersal}
V0352.0013  | 0352 | promise iobj=$target dobj={dispersal}
V0352.0014  | 0352 | pledge iobj=$target dobj={dispersal}
V0352.0015  | 0352 | offer iobj=$target dobj={dispersal}
V0352.0016  | 0352 | promise dobj={dispersal} prep:to=$target
V0352.0017  | 0352 | pledge dobj={dispersal} prep:to=$target
V0352.0018  | 0352 | offer dobj={dispersal} prep:to=$target
V0352.0019  | 0352 | commit prep:to={dispersal}
V0352.0020  | 0352 | agree prep:to={dispersal}
V0352.0021  | 0352 | n:offer prep:of={dispersal}
V0352.0022  | 0352 | n:pledge prep:of={dispersal}
V0352.0023  | 0352 | n:promise prep:of={dispersal}

V0353.0001  | 0353 | promise xcomp={release,free,repatriate,unfreeze,swap,exchange}   # expresses intent: release of persons or property
V0353.0002  | 0353 | pledge xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0353.0003  | 0353 | vow xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0353.0004  | 0353 | offer xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0353.0005  | 0353 | agree xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0353.0006  | 0353 | undertake xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0353.0007  | 0353 | intend xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0353.0008  | 0353 | volunteer xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0353.0009  | 0353 | commit xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0353.0010  | 0353 | promise dobj={release,return,repatriation,swap}
V0353.0011  | 0353 | pledge dobj={release,return,repatriation,swap}
V0353.0012  | 0353 | offer dobj={release,return,repatriation,swap}
V0353.0013  | 0353 | promise iobj=$target dobj={release,return,repatriation,swap}
V0353.0014  | 0353 | pledge iobj=$target dobj={release,return,repatriation,swap}
V0353.0015  | 0353 | offer iobj=$target dobj={release,return,repatriation,swap}
V0353.0016  | 0353 | promise dobj={release,return,repatriation,swap} prep:to=$target
V0353.0017  | 0353 | pledge dobj={release,return,repatriation,swap} prep:to=$target
V0353.0018  | 0353 | offer dobj={release,return,repatriation,swap} prep:to=$target
V0353.0019  | 0353 | commit prep:to={release,return,repatriation,swap}
V0353.0020  | 0353 | agree prep:to={release,return,repatriation,swap}
V0353.0021  | 0353 | n:offer prep:of={release,return,repatriation,swap}
V0353.0022  | 0353 | n:pledge prep:of={release,return,repatriation,swap}
V0353.0023  | 0353 | n:promise prep:of={release,return,repatriation,swap}

V0354.0001  | 0354 | promise xcomp={waive,delist,exempt}   # intent to ease economic sanctions
V0354.0002  | 0354 | offer xcomp={waive,delist,exempt}
V0354.0003  | 0354 | pledge xcomp={waive,delist,exempt}
V0354.0004  | 0354 | agree xcomp={waive,delist,exempt}
V0354.0005  | 0354 | propose xcomp={waive,delist,exempt}
V0354.0006  | 0354 | promise dobj={waiver,waivers,exemption,exemptions,carve-out}
V0354.0007  | 0354 | offer dobj={waiver,waivers,exemption,exemptions,carve-out}
V0354.0008  | 0354 | pledge dobj={waiver,waivers,exemption,exemptions,carve-out}
V0354.0009  | 0354 | propose dobj={waiver,waivers,exemption,exemptions,carve-out}
V0354.0010  | 0354 | consider dobj={waiver,waivers,exemption,exemptions} prep:from={sanctions,tariffs}
V0354.0011  | 0354 | weigh dobj={waiver,waivers,exemption,exemptions} prep:from={sanctions,tariffs}
V0354.0012  | 0354 | study dobj={waiver,waivers,exemption,exemptions} prep:from={sanctions,tariffs}

V0355.0001  | 0355 | promise dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}   # expresses intent: international access
V0355.0002  | 0355 | pledge dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0355.0003  | 0355 | offer dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0355.0004  | 0355 | promise iobj=$target dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0355.0005  | 0355 | pledge iobj=$target dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0355.0006  | 0355 | offer iobj=$target dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0355.0007  | 0355 | promise dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas} prep:to=$target
V0355.0008  | 0355 | pledge dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas} prep:to=$target
V0355.0009  | 0355 | offer dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas} prep:to=$target
V0355.0010  | 0355 | commit prep:to={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0355.0011  | 0355 | agree prep:to={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0355.0012  | 0355 | n:offer prep:of={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0355.0013  | 0355 | n:pledge prep:of={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0355.0014  | 0355 | n:promise prep:of={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}

V0356.0001  | 0356 | promise xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}   # expresses intent: de-escalation or ceasefire
V0356.0002  | 0356 | pledge xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0356.0003  | 0356 | vow xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0356.0004  | 0356 | offer xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0356.0005  | 0356 | agree xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0356.0006  | 0356 | undertake xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0356.0007  | 0356 | intend xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0356.0008  | 0356 | volunteer xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0356.0009  | 0356 | commit xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0356.0010  | 0356 | promise dobj={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0356.0011  | 0356 | pledge dobj={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0356.0012  | 0356 | offer dobj={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0356.0013  | 0356 | promise iobj=$target dobj={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0356.0014  | 0356 | pledge iobj=$target dobj={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0356.0015  | 0356 | offer iobj=$target dobj={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0356.0016  | 0356 | promise dobj={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull} prep:to=$target
V0356.0017  | 0356 | pledge dobj={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull} prep:to=$target
V0356.0018  | 0356 | offer dobj={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull} prep:to=$target
V0356.0019  | 0356 | commit prep:to={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0356.0020  | 0356 | agree prep:to={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0356.0021  | 0356 | n:offer prep:of={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0356.0022  | 0356 | n:pledge prep:of={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0356.0023  | 0356 | n:promise prep:of={restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}

V031.0001   | 031  | offer dobj={partnership,venture,ventures,project,projects}   # intent to engage in material cooperation
V031.0002   | 031  | propose dobj={partnership,venture,ventures,project,projects}
V031.0003   | 031  | promise dobj={partnership,venture,ventures,project,projects}
V031.0004   | 031  | pledge dobj={partnership,venture,ventures,project,projects}
V031.0005   | 031  | agree xcomp={build,construct,develop,produce,manufacture,co-produce}
V031.0006   | 031  | plan xcomp={build,construct,co-produce}

V032.0001   | 032  | promise xcomp={support,back,endorse,strengthen,deepen,expand,improve,restore,upgrade,boost,enhance,bolster}   # intent to engage in diplomatic cooperation
V032.0002   | 032  | pledge xcomp={support,back,endorse,strengthen,deepen,expand,improve,restore,upgrade,boost,enhance,bolster}
V032.0003   | 032  | vow xcomp={support,back,endorse,strengthen,deepen,expand,improve,restore,upgrade,boost,enhance,bolster}
V032.0004   | 032  | offer xcomp={support,back,endorse,strengthen,deepen,expand,improve,restore,upgrade,boost,enhance,bolster}
V032.0005   | 032  | agree xcomp={support,back,endorse,strengthen,deepen,expand,improve,restore,upgrade,boost,enhance,bolster}
V032.0006   | 032  | undertake xcomp={support,back,endorse,strengthen,deepen,expand,improve,restore,upgrade,boost,enhance,bolster}
V032.0007   | 032  | promise dobj={friendship}
V032.0008   | 032  | pledge dobj={friendship}
V032.0009   | 032  | offer dobj={friendship}
V032.0010   | 032  | promise xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V032.0011   | 032  | pledge xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V032.0012   | 032  | vow xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V032.0013   | 032  | offer xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V032.0014   | 032  | agree xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V032.0015   | 032  | undertake xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V032.0016   | 032  | intend xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V032.0017   | 032  | volunteer xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V032.0018   | 032  | commit xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V032.0019   | 032  | promise dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V032.0020   | 032  | pledge dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V032.0021   | 032  | offer dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V032.0022   | 032  | promise iobj=$target dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V032.0023   | 032  | pledge iobj=$target dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V032.0024   | 032  | offer iobj=$target dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V032.0025   | 032  | promise dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes} prep:to=$target
V032.0026   | 032  | pledge dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes} prep:to=$target
V032.0027   | 032  | offer dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes} prep:to=$target
V032.0028   | 032  | commit prep:to={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V032.0029   | 032  | agree prep:to={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V032.0030   | 032  | n:offer prep:of={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V032.0031   | 032  | n:pledge prep:of={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V032.0032   | 032  | n:promise prep:of={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}

V033.0001   | 033  | promise xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}   # expresses intent: material aid
V033.0002   | 033  | pledge xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V033.0003   | 033  | vow xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V033.0004   | 033  | offer xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V033.0005   | 033  | agree xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V033.0006   | 033  | undertake xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V033.0007   | 033  | intend xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V033.0008   | 033  | volunteer xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V033.0009   | 033  | commit xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V033.0010   | 033  | promise dobj={aid,assistance,help,supplies}
V033.0011   | 033  | pledge dobj={aid,assistance,help,supplies}
V033.0012   | 033  | offer dobj={aid,assistance,help,supplies}
V033.0013   | 033  | promise iobj=$target dobj={aid,assistance,help,supplies}
V033.0014   | 033  | pledge iobj=$target dobj={aid,assistance,help,supplies}
V033.0015   | 033  | offer iobj=$target dobj={aid,assistance,help,supplies}
V033.0016   | 033  | promise dobj={aid,assistance,help,supplies} prep:to=$target
V033.0017   | 033  | pledge dobj={aid,assistance,help,supplies} prep:to=$target
V033.0018   | 033  | offer dobj={aid,assistance,help,supplies} prep:to=$target
V033.0019   | 033  | commit prep:to={aid,assistance,help,supplies}
V033.0020   | 033  | agree prep:to={aid,assistance,help,supplies}
V033.0021   | 033  | n:offer prep:of={aid,assistance,help,supplies}
V033.0022   | 033  | n:pledge prep:of={aid,assistance,help,supplies}
V033.0023   | 033  | n:promise prep:of={aid,assistance,help,supplies}

V034.0001   | 034  | promise xcomp={reform,liberalize,liberalise}   # expresses intent: political reform
V034.0002   | 034  | pledge xcomp={reform,liberalize,liberalise}
V034.0003   | 034  | vow xcomp={reform,liberalize,liberalise}
V034.0004   | 034  | offer xcomp={reform,liberalize,liberalise}
V034.0005   | 034  | agree xcomp={reform,liberalize,liberalise}
V034.0006   | 034  | undertake xcomp={reform,liberalize,liberalise}
V034.0007   | 034  | intend xcomp={reform,liberalize,liberalise}
V034.0008   | 034  | volunteer xcomp={reform,liberalize,liberalise}
V034.0009   | 034  | commit xcomp={reform,liberalize,liberalise}
V034.0010   | 034  | promise dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V034.0011   | 034  | pledge dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V034.0012   | 034  | offer dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V034.0013   | 034  | promise iobj=$target dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V034.0014   | 034  | pledge iobj=$target dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V034.0015   | 034  | offer iobj=$target dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V034.0016   | 034  | promise dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation} prep:to=$target
V034.0017   | 034  | pledge dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation} prep:to=$target
V034.0018   | 034  | offer dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation} prep:to=$target
V034.0019   | 034  | commit prep:to={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V034.0020   | 034  | agree prep:to={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V034.0021   | 034  | n:offer prep:of={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V034.0022   | 034  | n:pledge prep:of={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V034.0023   | 034  | n:promise prep:of={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}

V035.0001   | 035  | promise xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}   # expresses intent: concessions (yielding)
V035.0002   | 035  | pledge xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V035.0003   | 035  | vow xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V035.0004   | 035  | offer xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V035.0005   | 035  | agree xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V035.0006   | 035  | undertake xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V035.0007   | 035  | intend xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V035.0008   | 035  | volunteer xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V035.0009   | 035  | commit xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V035.0010   | 035  | promise dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V035.0011   | 035  | pledge dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V035.0012   | 035  | offer dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V035.0013   | 035  | promise iobj=$target dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V035.0014   | 035  | pledge iobj=$target dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V035.0015   | 035  | offer iobj=$target dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V035.0016   | 035  | promise dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty} prep:to=$target
V035.0017   | 035  | pledge dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty} prep:to=$target
V035.0018   | 035  | offer dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty} prep:to=$target
V035.0019   | 035  | commit prep:to={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V035.0020   | 035  | agree prep:to={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V035.0021   | 035  | n:offer prep:of={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V035.0022   | 035  | n:pledge prep:of={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V035.0023   | 035  | n:promise prep:of={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}

V036.0001   | 036  | invite dobj=$target prep:to={summit,talks,meeting,visit,consultations,conference,dialogue,negotiations,capital,country}   # intent to meet or negotiate
V036.0002   | 036  | invite dobj=$target xcomp={visit,attend,meet,join,hold}
V036.0003   | 036  | n:invitation prep:to={summit,talks,meeting,visit,consultations,conference,dialogue,negotiations}
V036.0004   | 036  | extend dobj={invitation} prep:to=$target
V036.0005   | 036  | issue dobj={invitation} prep:to=$target
V036.0006   | 036  | send dobj={invitation} prep:to=$target
V036.0007   | 036  | accept dobj={invitation}
V036.0008   | 036  | accept dobj={invitation} prep:to=*
V036.0009   | 036  | express dobj={willingness,readiness,openness} prep:to={talks,dialogue,negotiations,meeting}
V036.0010   | 036  | signal dobj={willingness,readiness,openness} prep:to={talks,dialogue,negotiations,meeting}
V036.0011   | 036  | indicate dobj={willingness,readiness,openness} prep:to={talks,dialogue,negotiations,meeting}
V036.0012   | 036  | voice dobj={willingness,readiness,openness} prep:to={talks,dialogue,negotiations,meeting}
V036.0013   | 036  | show dobj={willingness,readiness,openness} prep:to={talks,dialogue,negotiations,meeting}
V036.0014   | 036  | declare dobj={willingness,readiness,openness} prep:to={talks,dialogue,negotiations,meeting}
V036.0015   | 036  | plan xcomp={visit,meet}
V036.0016   | 036  | prepare xcomp={visit,meet}
V036.0017   | 036  | promise xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V036.0018   | 036  | pledge xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V036.0019   | 036  | vow xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V036.0020   | 036  | offer xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V036.0021   | 036  | agree xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V036.0022   | 036  | undertake xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V036.0023   | 036  | intend xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V036.0024   | 036  | volunteer xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V036.0025   | 036  | commit xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V036.0026   | 036  | promise dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V036.0027   | 036  | pledge dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V036.0028   | 036  | offer dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V036.0029   | 036  | promise iobj=$target dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V036.0030   | 036  | pledge iobj=$target dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V036.0031   | 036  | offer iobj=$target dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V036.0032   | 036  | promise dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts} prep:to=$target
V036.0033   | 036  | pledge dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts} prep:to=$target
V036.0034   | 036  | offer dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts} prep:to=$target
V036.0035   | 036  | commit prep:to={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V036.0036   | 036  | agree prep:to={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V036.0037   | 036  | n:offer prep:of={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V036.0038   | 036  | n:pledge prep:of={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V036.0039   | 036  | n:promise prep:of={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}

V037.0001   | 037  | promise xcomp={settle,reconcile,resolve}   # expresses intent: a settlement
V037.0002   | 037  | pledge xcomp={settle,reconcile,resolve}
V037.0003   | 037  | vow xcomp={settle,reconcile,resolve}
V037.0004   | 037  | offer xcomp={settle,reconcile,resolve}
V037.0005   | 037  | agree xcomp={settle,reconcile,resolve}
V037.0006   | 037  | undertake xcomp={settle,reconcile,resolve}
V037.0007   | 037  | intend xcomp={settle,reconcile,resolve}
V037.0008   | 037  | volunteer xcomp={settle,reconcile,resolve}
V037.0009   | 037  | commit xcomp={settle,reconcile,resolve}
V037.0010   | 037  | promise dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V037.0011   | 037  | pledge dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V037.0012   | 037  | offer dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V037.0013   | 037  | promise iobj=$target dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V037.0014   | 037  | pledge iobj=$target dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V037.0015   | 037  | offer iobj=$target dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V037.0016   | 037  | promise dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal} prep:to=$target
V037.0017   | 037  | pledge dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal} prep:to=$target
V037.0018   | 037  | offer dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal} prep:to=$target
V037.0019   | 037  | commit prep:to={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V037.0020   | 037  | agree prep:to={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V037.0021   | 037  | n:offer prep:of={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V037.0022   | 037  | n:pledge prep:of={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V037.0023   | 037  | n:promise prep:of={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}

V038.0001   | 038  | accept dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}   # intent to accept mediation
V038.0002   | 038  | welcome dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V038.0003   | 038  | embrace dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V038.0004   | 038  | agree prep:to={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V038.0005   | 038  | accept dobj={offer} prep:of={mediation}
V038.0006   | 038  | welcome dobj={offer} prep:of={mediation}

V039.0001   | 039  | offer xcomp={mediate,arbitrate,facilitate,broker,host}   # intent to mediate
V039.0002   | 039  | volunteer xcomp={mediate,arbitrate,facilitate,broker,host}
V039.0003   | 039  | promise xcomp={mediate,arbitrate,facilitate,broker,host}
V039.0004   | 039  | propose xcomp={mediate,arbitrate,facilitate,broker,host}
V039.0005   | 039  | pledge xcomp={mediate,arbitrate,facilitate,broker,host}
V039.0006   | 039  | agree xcomp={mediate,arbitrate,facilitate,broker,host}
V039.0007   | 039  | offer dobj={mediation,offices,services}
V039.0008   | 039  | offer dobj={mediation,offices,services} prep:to=$target
V039.0009   | 039  | propose dobj={mediation}
V039.0010   | 039  | offer prep:as={mediator,intermediary,broker}
V039.0011   | 039  | volunteer prep:as={mediator,intermediary,broker}

V030.0001   | 030  | offer xcomp=*   # expresses intent to cooperate
V030.0002   | 030  | agree xcomp=*
V030.0003   | 030  | undertake xcomp=*
V030.0004   | 030  | volunteer xcomp=*
V030.0005   | 030  | promise iobj=$target dobj=*
V030.0006   | 030  | pledge iobj=$target dobj=*
V030.0007   | 030  | commit prep:to=*
V030.0008   | 030  | n:pledge prep:to=*
V030.0009   | 030  | n:commitment prep:to=*
V030.0010   | 030  | n:promise prep:to=*
V030.0011   | 030  | express dobj={willingness,readiness,intention,intent,desire,interest,openness,eagerness,commitment,determination}
V030.0012   | 030  | signal dobj={willingness,readiness,intention,intent,desire,interest,openness,eagerness,commitment,determination}
V030.0013   | 030  | indicate dobj={willingness,readiness,intention,intent,desire,interest,openness,eagerness,commitment,determination}
V030.0014   | 030  | voice dobj={willingness,readiness,intention,intent,desire,interest,openness,eagerness,commitment,determination}
V030.0015   | 030  | show dobj={willingness,readiness,intention,intent,desire,interest,openness,eagerness,commitment,determination}
V030.0016   | 030  | declare dobj={willingness,readiness,intention,intent,desire,interest,openness,eagerness,commitment,determination}
V030.0017   | 030  | announce dobj={willingness,readiness,intention,intent,desire,interest,openness,eagerness,commitment,determination}
V030.0018   | 030  | reaffirm dobj={willingness,readiness,intention,intent,desire,interest,openness,eagerness,commitment,determination}
V030.0019   | 030  | confirm dobj={willingness,readiness,intention,intent,desire,interest,openness,eagerness,commitment,determination}
V030.0020   | 030  | make dobj={pledge,promise,commitment,assurance,assurances,guarantee,guarantees}
V030.0021   | 030  | give dobj={pledge,promise,commitment,assurance,assurances,guarantee,guarantees}
V030.0022   | 030  | offer dobj={pledge,promise,commitment,assurance,assurances,guarantee,guarantees}
V030.0023   | 030  | make dobj={pledge,promise,commitment,assurance,assurances,guarantee,guarantees} prep:to=$target
V030.0024   | 030  | give dobj={pledge,promise,commitment,assurance,assurances,guarantee,guarantees} prep:to=$target
V030.0025   | 030  | offer dobj={pledge,promise,commitment,assurance,assurances,guarantee,guarantees} prep:to=$target
V030.0026   | 030  | assure dobj=$target prep:of={support,cooperation,help,commitment,solidarity}
V030.0027   | 030  | stand acomp={ready} xcomp=*
V030.0028   | 030  | remain acomp={ready,committed,open,willing}
V030.0029   | 030  | promise xcomp={cooperate,collaborate,comply,abide}
V030.0030   | 030  | pledge xcomp={cooperate,collaborate,comply,abide}
V030.0031   | 030  | vow xcomp={cooperate,collaborate,comply,abide}
V030.0032   | 030  | offer xcomp={cooperate,collaborate,comply,abide}
V030.0033   | 030  | agree xcomp={cooperate,collaborate,comply,abide}
V030.0034   | 030  | undertake xcomp={cooperate,collaborate,comply,abide}
V030.0035   | 030  | intend xcomp={cooperate,collaborate,comply,abide}
V030.0036   | 030  | volunteer xcomp={cooperate,collaborate,comply,abide}
V030.0037   | 030  | commit xcomp={cooperate,collaborate,comply,abide}
V030.0038   | 030  | promise dobj={cooperation,collaboration,compliance}
V030.0039   | 030  | pledge dobj={cooperation,collaboration,compliance}
V030.0040   | 030  | offer dobj={cooperation,collaboration,compliance}
V030.0041   | 030  | promise iobj=$target dobj={cooperation,collaboration,compliance}
V030.0042   | 030  | pledge iobj=$target dobj={cooperation,collaboration,compliance}
V030.0043   | 030  | offer iobj=$target dobj={cooperation,collaboration,compliance}
V030.0044   | 030  | promise dobj={cooperation,collaboration,compliance} prep:to=$target
V030.0045   | 030  | pledge dobj={cooperation,collaboration,compliance} prep:to=$target
V030.0046   | 030  | offer dobj={cooperation,collaboration,compliance} prep:to=$target
V030.0047   | 030  | commit prep:to={cooperation,collaboration,compliance}
V030.0048   | 030  | agree prep:to={cooperation,collaboration,compliance}
V030.0049   | 030  | n:offer prep:of={cooperation,collaboration,compliance}
V030.0050   | 030  | n:pledge prep:of={cooperation,collaboration,compliance}
V030.0051   | 030  | n:promise prep:of={cooperation,collaboration,compliance}

# Intent patterns added in the 2026-11 review (generic forms; the governed
# verb's family refines the code, see the coder's "governing verbs" rule).
V030.7001   | 030  | agree ccomp=*   # agrees that the parties should act together
V030.7002   | 030  | agree prep:upon={pact,deal,agreement,accord,treaty,plan,framework,terms,package,arrangement,roadmap}
V030.7003   | 030  | agree prep:to={extension,renewal,prolongation}
V030.7004   | 030  | promise xcomp=*
V030.7005   | 030  | pledge xcomp=*
V030.7006   | 030  | be acomp={willing}   # "is willing to": intent (not "ready", said of attacks too)
V130.7001   | 130  | swear xcomp={fight,battle,attack,destroy,kill,avenge,retaliate,resist,crush,wipe,expel,drive}   # vows to fight: a threat
V130.7002   | 130  | vow xcomp={fight,battle,attack,destroy,kill,avenge,retaliate,resist,crush,wipe,expel,drive}
