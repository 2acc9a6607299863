# Verb and event-noun patterns for CAMEO root 02 (appeal).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V0211.0001  | 0211 | urge dobj=$target xcomp={trade,invest}   # appeals for economic cooperation
V0211.0002  | 0211 | press dobj=$target xcomp={trade,invest}
V0211.0003  | 0211 | ask dobj=$target xcomp={trade,invest}
V0211.0004  | 0211 | implore dobj=$target xcomp={trade,invest}
V0211.0005  | 0211 | encourage dobj=$target xcomp={trade,invest}
V0211.0006  | 0211 | request dobj=$target xcomp={trade,invest}
V0211.0007  | 0211 | pressure dobj=$target xcomp={trade,invest}
V0211.0008  | 0211 | push dobj=$target xcomp={trade,invest}
V0211.0009  | 0211 | call prep:on=$target xcomp={trade,invest}
V0211.0010  | 0211 | appeal prep:to=$target xcomp={trade,invest}
V0211.0011  | 0211 | call prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0012  | 0211 | appeal prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0013  | 0211 | press prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0014  | 0211 | push prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0015  | 0211 | plead prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0016  | 0211 | ask prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0017  | 0211 | lobby prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0018  | 0211 | ask prep:to=$target prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0019  | 0211 | appeal prep:to=$target prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0020  | 0211 | seek dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0021  | 0211 | request dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0022  | 0211 | urge dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0023  | 0211 | advocate dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0024  | 0211 | seek dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors} prep:from=$target
V0211.0025  | 0211 | request dobj={trade,investment,investments,commerce,exports,imports,tourism,investor,investors} prep:from=$target
V0211.0026  | 0211 | n:call prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0027  | 0211 | n:appeal prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0028  | 0211 | n:request prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}
V0211.0029  | 0211 | n:plea prep:for={trade,investment,investments,commerce,exports,imports,tourism,investor,investors}

V0212.0001  | 0212 | urge dobj=$target xcomp={ally}   # appeals for military cooperation
V0212.0002  | 0212 | press dobj=$target xcomp={ally}
V0212.0003  | 0212 | ask dobj=$target xcomp={ally}
V0212.0004  | 0212 | implore dobj=$target xcomp={ally}
V0212.0005  | 0212 | encourage dobj=$target xcomp={ally}
V0212.0006  | 0212 | request dobj=$target xcomp={ally}
V0212.0007  | 0212 | pressure dobj=$target xcomp={ally}
V0212.0008  | 0212 | push dobj=$target xcomp={ally}
V0212.0009  | 0212 | call prep:on=$target xcomp={ally}
V0212.0010  | 0212 | appeal prep:to=$target xcomp={ally}
V0212.0011  | 0212 | call prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0012  | 0212 | appeal prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0013  | 0212 | press prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0014  | 0212 | push prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0015  | 0212 | plead prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0016  | 0212 | ask prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0017  | 0212 | lobby prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0018  | 0212 | ask prep:to=$target prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0019  | 0212 | appeal prep:to=$target prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0020  | 0212 | seek dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0021  | 0212 | request dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0022  | 0212 | urge dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0023  | 0212 | advocate dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0024  | 0212 | seek dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability} prep:from=$target
V0212.0025  | 0212 | request dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability} prep:from=$target
V0212.0026  | 0212 | n:call prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0027  | 0212 | n:appeal prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0028  | 0212 | n:request prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}
V0212.0029  | 0212 | n:plea prep:for={exercise,exercises,drill,drills,maneuvers,manoeuvres,alliance,basing,interoperability}

V0213.0001  | 0213 | urge dobj=$target xcomp={extradite}   # appeals for judicial cooperation
V0213.0002  | 0213 | press dobj=$target xcomp={extradite}
V0213.0003  | 0213 | ask dobj=$target xcomp={extradite}
V0213.0004  | 0213 | implore dobj=$target xcomp={extradite}
V0213.0005  | 0213 | encourage dobj=$target xcomp={extradite}
V0213.0006  | 0213 | request dobj=$target xcomp={extradite}
V0213.0007  | 0213 | pressure dobj=$target xcomp={extradite}
V0213.0008  | 0213 | push dobj=$target xcomp={extradite}
V0213.0009  | 0213 | call prep:on=$target xcomp={extradite}
V0213.0010  | 0213 | appeal prep:to=$target xcomp={extradite}
V0213.0011  | 0213 | call prep:for={extradition,extraditions,handover,hand-over,deportation}
V0213.0012  | 0213 | appeal prep:for={extradition,extraditions,handover,hand-over,deportation}
V0213.0013  | 0213 | press prep:for={extradition,extraditions,handover,hand-over,deportation}
V0213.0014  | 0213 | push prep:for={extradition,extraditions,handover,hand-over,deportation}
V0213.0015  | 0213 | plead prep:for={extradition,extraditions,handover,hand-over,deportation}
V0213.0016  | 0213 | ask prep:for={extradition,extraditions,handover,hand-over,deportation}
V0213.0017  | 0213 | lobby prep:for={extradition,extraditions,handover,hand-over,deportation}
V0213.0018  | 0213 | ask prep:to=$target prep:for={extradition,extraditions,handover,hand-over,deportation}
V0213.0019  | 0213 | appeal prep:to=$target prep:for={extradition,extraditions,handover,hand-over,deportation}
V0213.0020  | 0213 | seek dobj={extradition,extraditions,handover,hand-over,deportation}
V0213.0021  | 0213 | request dobj={extradition,extraditions,handover,hand-over,deportation}
V0213.0022  | 0213 | urge dobj={extradition,extraditions,handover,hand-over,deportation}
V0213.0023  | 0213 | advocate dobj={extradition,extraditions,handover,hand-over,deportation}
V0213.0024  | 0213 | seek dobj={extradition,extraditions,handover,hand-over,deportation} prep:from=$target
V0213.0025  | 0213 | request dobj={extradition,extraditions,handover,hand-over,deportation} prep:from=$target
V0213.0026  | 0213 | n:call prep:for={extradition,extraditions,handover,hand-over,deportation}
V0213.0027  | 0213 | n:appeal prep:for={extradition,extraditions,handover,hand-over,deportation}
V0213.0028  | 0213 | n:request prep:for={extradition,extraditions,handover,hand-over,deportation}
V0213.0029  | 0213 | n:plea prep:for={extradition,extraditions,handover,hand-over,deportation}

V0214.0001  | 0214 | urge dobj=$target xcomp={share}   # appeals for intelligence sharing
V0214.0002  | 0214 | press dobj=$target xcomp={share}
V0214.0003  | 0214 | ask dobj=$target xcomp={share}
V0214.0004  | 0214 | implore dobj=$target xcomp={share}
V0214.0005  | 0214 | encourage dobj=$target xcomp={share}
V0214.0006  | 0214 | request dobj=$target xcomp={share}
V0214.0007  | 0214 | pressure dobj=$target xcomp={share}
V0214.0008  | 0214 | push dobj=$target xcomp={share}
V0214.0009  | 0214 | call prep:on=$target xcomp={share}
V0214.0010  | 0214 | appeal prep:to=$target xcomp={share}
V0214.0011  | 0214 | call prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0012  | 0214 | appeal prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0013  | 0214 | press prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0014  | 0214 | push prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0015  | 0214 | plead prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0016  | 0214 | ask prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0017  | 0214 | lobby prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0018  | 0214 | ask prep:to=$target prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0019  | 0214 | appeal prep:to=$target prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0020  | 0214 | seek dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0021  | 0214 | request dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0022  | 0214 | urge dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0023  | 0214 | advocate dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0024  | 0214 | seek dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation} prep:from=$target
V0214.0025  | 0214 | request dobj={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation} prep:from=$target
V0214.0026  | 0214 | n:call prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0027  | 0214 | n:appeal prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0028  | 0214 | n:request prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}
V0214.0029  | 0214 | n:plea prep:for={intelligence,information,data,evidence,files,records,documents,details,clarification,explanation}

V0231.0001  | 0231 | urge dobj=$target xcomp={fund,finance,lend,bail,bankroll,compensate}   # appeals for economic aid
V0231.0002  | 0231 | press dobj=$target xcomp={fund,finance,lend,bail,bankroll,compensate}
V0231.0003  | 0231 | ask dobj=$target xcomp={fund,finance,lend,bail,bankroll,compensate}
V0231.0004  | 0231 | implore dobj=$target xcomp={fund,finance,lend,bail,bankroll,compensate}
V0231.0005  | 0231 | encourage dobj=$target xcomp={fund,finance,lend,bail,bankroll,compensate}
V0231.0006  | 0231 | request dobj=$target xcomp={fund,finance,lend,bail,bankroll,compensate}
V0231.0007  | 0231 | pressure dobj=$target xcomp={fund,finance,lend,bail,bankroll,compensate}
V0231.0008  | 0231 | push dobj=$target xcomp={fund,finance,lend,bail,bankroll,compensate}
V0231.0009  | 0231 | call prep:on=$target xcomp={fund,finance,lend,bail,bankroll,compensate}
V0231.0010  | 0231 | appeal prep:to=$target xcomp={fund,finance,lend,bail,bankroll,compensate}
V0231.0011  | 0231 | call prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0012  | 0231 | appeal prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0013  | 0231 | press prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0014  | 0231 | push prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0015  | 0231 | plead prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0016  | 0231 | ask prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0017  | 0231 | lobby prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0018  | 0231 | ask prep:to=$target prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0019  | 0231 | appeal prep:to=$target prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0020  | 0231 | seek dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0021  | 0231 | request dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0022  | 0231 | urge dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0023  | 0231 | advocate dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0024  | 0231 | seek dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution} prep:from=$target
V0231.0025  | 0231 | request dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution} prep:from=$target
V0231.0026  | 0231 | n:call prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0027  | 0231 | n:appeal prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0028  | 0231 | n:request prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}
V0231.0029  | 0231 | n:plea prep:for={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus,compensation,reparations,reparation,restitution}

V0232.0001  | 0232 | urge dobj=$target xcomp={arm,rearm}   # appeals for military aid
V0232.0002  | 0232 | press dobj=$target xcomp={arm,rearm}
V0232.0003  | 0232 | ask dobj=$target xcomp={arm,rearm}
V0232.0004  | 0232 | implore dobj=$target xcomp={arm,rearm}
V0232.0005  | 0232 | encourage dobj=$target xcomp={arm,rearm}
V0232.0006  | 0232 | request dobj=$target xcomp={arm,rearm}
V0232.0007  | 0232 | pressure dobj=$target xcomp={arm,rearm}
V0232.0008  | 0232 | push dobj=$target xcomp={arm,rearm}
V0232.0009  | 0232 | call prep:on=$target xcomp={arm,rearm}
V0232.0010  | 0232 | appeal prep:to=$target xcomp={arm,rearm}
V0232.0011  | 0232 | call prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0012  | 0232 | appeal prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0013  | 0232 | press prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0014  | 0232 | push prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0015  | 0232 | plead prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0016  | 0232 | ask prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0017  | 0232 | lobby prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0018  | 0232 | ask prep:to=$target prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0019  | 0232 | appeal prep:to=$target prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0020  | 0232 | seek dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0021  | 0232 | request dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0022  | 0232 | urge dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0023  | 0232 | advocate dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0024  | 0232 | seek dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles} prep:from=$target
V0232.0025  | 0232 | request dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles} prep:from=$target
V0232.0026  | 0232 | n:call prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0027  | 0232 | n:appeal prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0028  | 0232 | n:request prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V0232.0029  | 0232 | n:plea prep:for={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}

V0233.0001  | 0233 | urge dobj=$target xcomp={feed,shelter}   # appeals for humanitarian aid
V0233.0002  | 0233 | press dobj=$target xcomp={feed,shelter}
V0233.0003  | 0233 | ask dobj=$target xcomp={feed,shelter}
V0233.0004  | 0233 | implore dobj=$target xcomp={feed,shelter}
V0233.0005  | 0233 | encourage dobj=$target xcomp={feed,shelter}
V0233.0006  | 0233 | request dobj=$target xcomp={feed,shelter}
V0233.0007  | 0233 | pressure dobj=$target xcomp={feed,shelter}
V0233.0008  | 0233 | push dobj=$target xcomp={feed,shelter}
V0233.0009  | 0233 | call prep:on=$target xcomp={feed,shelter}
V0233.0010  | 0233 | appeal prep:to=$target xcomp={feed,shelter}
V0233.0011  | 0233 | call prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0012  | 0233 | appeal prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0013  | 0233 | press prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0014  | 0233 | push prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0015  | 0233 | plead prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0016  | 0233 | ask prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0017  | 0233 | lobby prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0018  | 0233 | ask prep:to=$target prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0019  | 0233 | appeal prep:to=$target prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0020  | 0233 | seek dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0021  | 0233 | request dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0022  | 0233 | urge dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0023  | 0233 | advocate dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0024  | 0233 | seek dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue} prep:from=$target
V0233.0025  | 0233 | request dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue} prep:from=$target
V0233.0026  | 0233 | n:call prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0027  | 0233 | n:appeal prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0028  | 0233 | n:request prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}
V0233.0029  | 0233 | n:plea prep:for={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,asylum,refuge,evacuation,rescue}

V0234.0001  | 0234 | urge dobj=$target xcomp={protect,intervene,deploy,defend}   # appeals for peacekeeping or protection
V0234.0002  | 0234 | press dobj=$target xcomp={protect,intervene,deploy,defend}
V0234.0003  | 0234 | ask dobj=$target xcomp={protect,intervene,deploy,defend}
V0234.0004  | 0234 | implore dobj=$target xcomp={protect,intervene,deploy,defend}
V0234.0005  | 0234 | encourage dobj=$target xcomp={protect,intervene,deploy,defend}
V0234.0006  | 0234 | request dobj=$target xcomp={protect,intervene,deploy,defend}
V0234.0007  | 0234 | pressure dobj=$target xcomp={protect,intervene,deploy,defend}
V0234.0008  | 0234 | push dobj=$target xcomp={protect,intervene,deploy,defend}
V0234.0009  | 0234 | call prep:on=$target xcomp={protect,intervene,deploy,defend}
V0234.0010  | 0234 | appeal prep:to=$target xcomp={protect,intervene,deploy,defend}
V0234.0011  | 0234 | call prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0012  | 0234 | appeal prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0013  | 0234 | press prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0014  | 0234 | push prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0015  | 0234 | plead prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0016  | 0234 | ask prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0017  | 0234 | lobby prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0018  | 0234 | ask prep:to=$target prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0019  | 0234 | appeal prep:to=$target prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0020  | 0234 | seek dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0021  | 0234 | request dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0022  | 0234 | urge dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0023  | 0234 | advocate dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0024  | 0234 | seek dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort} prep:from=$target
V0234.0025  | 0234 | request dobj={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort} prep:from=$target
V0234.0026  | 0234 | n:call prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0027  | 0234 | n:appeal prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0028  | 0234 | n:request prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}
V0234.0029  | 0234 | n:plea prep:for={peacekeeper,peacekeepers,peacekeeping,protection,intervention,no-fly,deployment,escort}

V0241.0001  | 0241 | urge dobj=$target xcomp={resign,step,quit,abdicate,relinquish,cede}   # appeals for leadership change
V0241.0002  | 0241 | press dobj=$target xcomp={resign,step,quit,abdicate,relinquish,cede}
V0241.0003  | 0241 | ask dobj=$target xcomp={resign,step,quit,abdicate,relinquish,cede}
V0241.0004  | 0241 | implore dobj=$target xcomp={resign,step,quit,abdicate,relinquish,cede}
V0241.0005  | 0241 | encourage dobj=$target xcomp={resign,step,quit,abdicate,relinquish,cede}
V0241.0006  | 0241 | request dobj=$target xcomp={resign,step,quit,abdicate,relinquish,cede}
V0241.0007  | 0241 | pressure dobj=$target xcomp={resign,step,quit,abdicate,relinquish,cede}
V0241.0008  | 0241 | push dobj=$target xcomp={resign,step,quit,abdicate,relinquish,cede}
V0241.0009  | 0241 | call prep:on=$target xcomp={resign,step,quit,abdicate,relinquish,cede}
V0241.0010  | 0241 | appeal prep:to=$target xcomp={resign,step,quit,abdicate,relinquish,cede}
V0241.0011  | 0241 | call prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0012  | 0241 | appeal prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0013  | 0241 | press prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0014  | 0241 | push prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0015  | 0241 | plead prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0016  | 0241 | ask prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0017  | 0241 | lobby prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0018  | 0241 | ask prep:to=$target prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0019  | 0241 | appeal prep:to=$target prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0020  | 0241 | seek dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0021  | 0241 | request dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0022  | 0241 | urge dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0023  | 0241 | advocate dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0024  | 0241 | seek dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle} prep:from=$target
V0241.0025  | 0241 | request dobj={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle} prep:from=$target
V0241.0026  | 0241 | n:call prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0027  | 0241 | n:appeal prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0028  | 0241 | n:request prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}
V0241.0029  | 0241 | n:plea prep:for={resignation,ouster,removal,departure,impeachment,overthrow,exit,downfall,step-down,dismissal,recall,abdication,election,elections,polls,succession,reshuffle}

V0242.0001  | 0242 | urge dobj=$target xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}   # appeals for policy change
V0242.0002  | 0242 | press dobj=$target xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0242.0003  | 0242 | ask dobj=$target xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0242.0004  | 0242 | implore dobj=$target xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0242.0005  | 0242 | encourage dobj=$target xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0242.0006  | 0242 | request dobj=$target xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0242.0007  | 0242 | pressure dobj=$target xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0242.0008  | 0242 | push dobj=$target xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0242.0009  | 0242 | call prep:on=$target xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0242.0010  | 0242 | appeal prep:to=$target xcomp={reverse,scrap,repeal,rescind,revoke,abandon,amend,overturn,modify,revise,alter,annul}
V0242.0011  | 0242 | call prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0012  | 0242 | appeal prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0013  | 0242 | press prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0014  | 0242 | push prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0015  | 0242 | plead prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0016  | 0242 | ask prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0017  | 0242 | lobby prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0018  | 0242 | ask prep:to=$target prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0019  | 0242 | appeal prep:to=$target prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0020  | 0242 | seek dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0021  | 0242 | request dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0022  | 0242 | urge dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0023  | 0242 | advocate dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0024  | 0242 | seek dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium} prep:from=$target
V0242.0025  | 0242 | request dobj={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium} prep:from=$target
V0242.0026  | 0242 | n:call prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0027  | 0242 | n:appeal prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0028  | 0242 | n:request prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}
V0242.0029  | 0242 | n:plea prep:for={reversal,repeal,amendment,revision,abolition,scrapping,cancellation,annulment,rollback,moratorium}

V0243.0001  | 0243 | urge dobj=$target xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}   # appeals for rights
V0243.0002  | 0243 | press dobj=$target xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0243.0003  | 0243 | ask dobj=$target xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0243.0004  | 0243 | implore dobj=$target xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0243.0005  | 0243 | encourage dobj=$target xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0243.0006  | 0243 | request dobj=$target xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0243.0007  | 0243 | pressure dobj=$target xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0243.0008  | 0243 | push dobj=$target xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0243.0009  | 0243 | call prep:on=$target xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0243.0010  | 0243 | appeal prep:to=$target xcomp={respect,guarantee,uphold,legalize,legalise,enfranchise}
V0243.0011  | 0243 | call prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0012  | 0243 | appeal prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0013  | 0243 | press prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0014  | 0243 | push prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0015  | 0243 | plead prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0016  | 0243 | ask prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0017  | 0243 | lobby prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0018  | 0243 | ask prep:to=$target prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0019  | 0243 | appeal prep:to=$target prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0020  | 0243 | seek dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0021  | 0243 | request dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0022  | 0243 | urge dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0023  | 0243 | advocate dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0024  | 0243 | seek dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity} prep:from=$target
V0243.0025  | 0243 | request dobj={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity} prep:from=$target
V0243.0026  | 0243 | n:call prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0027  | 0243 | n:appeal prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0028  | 0243 | n:request prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}
V0243.0029  | 0243 | n:plea prep:for={rights,right,freedom,freedoms,liberty,liberties,equality,suffrage,autonomy,self-determination,justice,dignity}

V0244.0001  | 0244 | urge dobj=$target xcomp={democratize,democratise}   # appeals for institutional or regime change
V0244.0002  | 0244 | press dobj=$target xcomp={democratize,democratise}
V0244.0003  | 0244 | ask dobj=$target xcomp={democratize,democratise}
V0244.0004  | 0244 | implore dobj=$target xcomp={democratize,democratise}
V0244.0005  | 0244 | encourage dobj=$target xcomp={democratize,democratise}
V0244.0006  | 0244 | request dobj=$target xcomp={democratize,democratise}
V0244.0007  | 0244 | pressure dobj=$target xcomp={democratize,democratise}
V0244.0008  | 0244 | push dobj=$target xcomp={democratize,democratise}
V0244.0009  | 0244 | call prep:on=$target xcomp={democratize,democratise}
V0244.0010  | 0244 | appeal prep:to=$target xcomp={democratize,democratise}
V0244.0011  | 0244 | call prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0012  | 0244 | appeal prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0013  | 0244 | press prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0014  | 0244 | push prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0015  | 0244 | plead prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0016  | 0244 | ask prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0017  | 0244 | lobby prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0018  | 0244 | ask prep:to=$target prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0019  | 0244 | appeal prep:to=$target prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0020  | 0244 | seek dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0021  | 0244 | request dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0022  | 0244 | urge dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0023  | 0244 | advocate dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0024  | 0244 | seek dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism} prep:from=$target
V0244.0025  | 0244 | request dobj={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism} prep:from=$target
V0244.0026  | 0244 | n:call prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0027  | 0244 | n:appeal prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0028  | 0244 | n:request prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}
V0244.0029  | 0244 | n:plea prep:for={democracy,democratization,democratisation,transition,constitution,referendum,federalism,devolution,decentralization,decentralisation,multiparty,pluralism}

V0252.0001  | 0252 | urge dobj=$target xcomp={disperse,vacate,demobilize,demobilise}   # appeals for an end to protests
V0252.0002  | 0252 | press dobj=$target xcomp={disperse,vacate,demobilize,demobilise}
V0252.0003  | 0252 | ask dobj=$target xcomp={disperse,vacate,demobilize,demobilise}
V0252.0004  | 0252 | implore dobj=$target xcomp={disperse,vacate,demobilize,demobilise}
V0252.0005  | 0252 | encourage dobj=$target xcomp={disperse,vacate,demobilize,demobilise}
V0252.0006  | 0252 | request dobj=$target xcomp={disperse,vacate,demobilize,demobilise}
V0252.0007  | 0252 | pressure dobj=$target xcomp={disperse,vacate,demobilize,demobilise}
V0252.0008  | 0252 | push dobj=$target xcomp={disperse,vacate,demobilize,demobilise}
V0252.0009  | 0252 | call prep:on=$target xcomp={disperse,vacate,demobilize,demobilise}
V0252.0010  | 0252 | appeal prep:to=$target xcomp={disperse,vacate,demobilize,demobilise}
V0252.0011  | 0252 | call prep:for={dispersal}
V0252.0012  | 0252 | appeal prep:for={dispersal}
V0252.0013  | 0252 | press prep:for={dispersal}
V0252.0014  | 0252 | push prep:for={dispersal}
V0252.0015  | 0252 | plead prep:for={dispersal}
V0252.0016  | 0252 | ask prep:for={dispersal}
V0252.0017  | 0252 | lobby prep:for={dispersal}
V0252.0018  | 0252 | ask prep:to=$target prep:for={dispersal}
V0252.0019  | 0252 | appeal prep:to=$target prep:for={dispersal}
V0252.0020  | 0252 | seek dobj={dispersal}
V0252.0021  | 0252 | request dobj={dispersal}
V0252.0022  | 0252 | urge dobj={dispersal}
V0252.0023  | 0252 | advocate dobj={dispersal}
V0252.0024  | 0252 | seek dobj={dispersal} prep:from=$target
V0252.0025  | 0252 | request dobj={dispersal} prep:from=$target
V0252.0026  | 0252 | n:call prep:for={dispersal}
V0252.0027  | 0252 | n:appeal prep:for={dispersal}
V0252.0028  | 0252 | n:request prep:for={dispersal}
V0252.0029  | 0252 | n:plea prep:for={dispersal}

V0253.0001  | 0253 | urge dobj=$target xcomp={release,free,repatriate,unfreeze,swap,exchange}   # appeals for release of persons or property
V0253.0002  | 0253 | press dobj=$target xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0253.0003  | 0253 | ask dobj=$target xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0253.0004  | 0253 | implore dobj=$target xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0253.0005  | 0253 | encourage dobj=$target xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0253.0006  | 0253 | request dobj=$target xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0253.0007  | 0253 | pressure dobj=$target xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0253.0008  | 0253 | push dobj=$target xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0253.0009  | 0253 | call prep:on=$target xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0253.0010  | 0253 | appeal prep:to=$target xcomp={release,free,repatriate,unfreeze,swap,exchange}
V0253.0011  | 0253 | call prep:for={release,return,repatriation,swap}
V0253.0012  | 0253 | appeal prep:for={release,return,repatriation,swap}
V0253.0013  | 0253 | press prep:for={release,return,repatriation,swap}
V0253.0014  | 0253 | push prep:for={release,return,repatriation,swap}
V0253.0015  | 0253 | plead prep:for={release,return,repatriation,swap}
V0253.0016  | 0253 | ask prep:for={release,return,repatriation,swap}
V0253.0017  | 0253 | lobby prep:for={release,return,repatriation,swap}
V0253.0018  | 0253 | ask prep:to=$target prep:for={release,return,repatriation,swap}
V0253.0019  | 0253 | appeal prep:to=$target prep:for={release,return,repatriation,swap}
V0253.0020  | 0253 | seek dobj={release,return,repatriation,swap}
V0253.0021  | 0253 | request dobj={release,return,repatriation,swap}
V0253.0022  | 0253 | urge dobj={release,return,repatriation,swap}
V0253.0023  | 0253 | advocate dobj={release,return,repatriation,swap}
V0253.0024  | 0253 | seek dobj={release,return,repatriation,swap} prep:from=$target
V0253.0025  | 0253 | request dobj={release,return,repatriation,swap} prep:from=$target
V0253.0026  | 0253 | n:call prep:for={release,return,repatriation,swap}
V0253.0027  | 0253 | n:appeal prep:for={release,return,repatriation,swap}
V0253.0028  | 0253 | n:request prep:for={release,return,repatriation,swap}
V0253.0029  | 0253 | n:plea prep:for={release,return,repatriation,swap}

V0254.0001  | 0254 | seek dobj={waiver,waivers,exemption,exemptions,carve-out,carve-outs}   # appeals for easing of economic sanctions
V0254.0002  | 0254 | request dobj={waiver,waivers,exemption,exemptions,carve-out,carve-outs}
V0254.0003  | 0254 | ask dobj={waiver,waivers,exemption,exemptions,carve-out,carve-outs}
V0254.0004  | 0254 | apply dobj={waiver,waivers,exemption,exemptions,carve-out,carve-outs}
V0254.0005  | 0254 | seek dobj={relief,exemption,exemptions,waiver,waivers} prep:from={sanctions,tariffs,embargo,duties,penalties}
V0254.0006  | 0254 | request dobj={relief,exemption,exemptions,waiver,waivers} prep:from={sanctions,tariffs,embargo,duties,penalties}
V0254.0007  | 0254 | ask prep:for={waiver,waivers,exemption,exemptions,carve-out,carve-outs}
V0254.0008  | 0254 | apply prep:for={waiver,waivers,exemption,exemptions,carve-out,carve-outs}

V0255.0001  | 0255 | call prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}   # appeals for international access
V0255.0002  | 0255 | appeal prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0003  | 0255 | press prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0004  | 0255 | push prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0005  | 0255 | plead prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0006  | 0255 | ask prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0007  | 0255 | lobby prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0008  | 0255 | ask prep:to=$target prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0009  | 0255 | appeal prep:to=$target prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0010  | 0255 | seek dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0011  | 0255 | request dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0012  | 0255 | urge dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0013  | 0255 | advocate dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0014  | 0255 | seek dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas} prep:from=$target
V0255.0015  | 0255 | request dobj={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas} prep:from=$target
V0255.0016  | 0255 | n:call prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0017  | 0255 | n:appeal prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0018  | 0255 | n:request prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}
V0255.0019  | 0255 | n:plea prep:for={access,entry,inspection,inspections,inspector,inspectors,investigators,observer,observers,monitor,monitors,monitoring,corridor,corridors,visa,visas}

V0256.0001  | 0256 | urge dobj=$target xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}   # appeals for de-escalation or ceasefire
V0256.0002  | 0256 | press dobj=$target xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0256.0003  | 0256 | ask dobj=$target xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0256.0004  | 0256 | implore dobj=$target xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0256.0005  | 0256 | encourage dobj=$target xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0256.0006  | 0256 | request dobj=$target xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0256.0007  | 0256 | pressure dobj=$target xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0256.0008  | 0256 | push dobj=$target xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0256.0009  | 0256 | call prep:on=$target xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0256.0010  | 0256 | appeal prep:to=$target xcomp={withdraw,retreat,disengage,de-escalate,deescalate,demilitarize,demilitarise,disarm,pull,cease,stop,halt,end}
V0256.0011  | 0256 | call prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0012  | 0256 | appeal prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0013  | 0256 | press prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0014  | 0256 | push prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0015  | 0256 | plead prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0016  | 0256 | ask prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0017  | 0256 | lobby prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0018  | 0256 | ask prep:to=$target prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0019  | 0256 | appeal prep:to=$target prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0020  | 0256 | seek dobj={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0021  | 0256 | request dobj={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0022  | 0256 | urge dobj={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0023  | 0256 | advocate dobj={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0024  | 0256 | seek dobj={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull} prep:from=$target
V0256.0025  | 0256 | request dobj={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull} prep:from=$target
V0256.0026  | 0256 | n:call prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0027  | 0256 | n:appeal prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0028  | 0256 | n:request prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}
V0256.0029  | 0256 | n:plea prep:for={ceasefire,cease-fire,truce,armistice,restraint,de-escalation,deescalation,withdrawal,pullout,pull-out,disengagement,demilitarization,demilitarisation,disarmament,end,halt,cessation,pause,lull}

V021.0001   | 021  | seek dobj={partnership,partnerships,venture,ventures,project,projects,partner,partners}   # appeal for material cooperation
V021.0002   | 021  | request dobj={partnership,partnerships,venture,ventures,project,projects,partner,partners}
V021.0003   | 021  | suggest dobj={partnership,partnerships,venture,ventures,project,projects,partner,partners}
V021.0004   | 021  | call prep:for={partnership,partnerships,venture,ventures,project,projects}
V021.0005   | 021  | appeal prep:for={partnership,partnerships,venture,ventures,project,projects}
V021.0006   | 021  | press prep:for={partnership,partnerships,venture,ventures,project,projects}
V021.0007   | 021  | push prep:for={partnership,partnerships,venture,ventures,project,projects}
V021.0008   | 021  | ask prep:for={partnership,partnerships,venture,ventures,project,projects}

V022.0001   | 022  | seek dobj={support,backing,endorsement,recognition,legitimacy,allies,friendship} prep:from=$target   # appeal for diplomatic cooperation
V022.0002   | 022  | request dobj={support,backing,endorsement,recognition,legitimacy,allies,friendship} prep:from=$target
V022.0003   | 022  | solicit dobj={support,backing,endorsement,recognition,legitimacy,allies,friendship} prep:from=$target
V022.0004   | 022  | court dobj={support,backing,endorsement,recognition,legitimacy,allies,friendship} prep:from=$target
V022.0005   | 022  | woo dobj=$target
V022.0006   | 022  | court dobj=$target
V022.0007   | 022  | n:bid prep:for={recognition,membership,support,legitimacy}
V022.0008   | 022  | apply prep:for={membership,accession,admission}
V022.0009   | 022  | bid prep:for={membership,accession,admission}
V022.0010   | 022  | submit dobj={application,bid} prep:for={membership,accession}
V022.0011   | 022  | urge dobj=$target xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V022.0012   | 022  | press dobj=$target xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V022.0013   | 022  | ask dobj=$target xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V022.0014   | 022  | implore dobj=$target xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V022.0015   | 022  | encourage dobj=$target xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V022.0016   | 022  | request dobj=$target xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V022.0017   | 022  | pressure dobj=$target xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V022.0018   | 022  | push dobj=$target xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V022.0019   | 022  | call prep:on=$target xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V022.0020   | 022  | appeal prep:to=$target xcomp={support,back,endorse,recognize,recognise,normalize,normalise,join,reopen}
V022.0021   | 022  | call prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0022   | 022  | appeal prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0023   | 022  | press prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0024   | 022  | push prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0025   | 022  | plead prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0026   | 022  | ask prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0027   | 022  | lobby prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0028   | 022  | ask prep:to=$target prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0029   | 022  | appeal prep:to=$target prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0030   | 022  | seek dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0031   | 022  | request dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0032   | 022  | urge dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0033   | 022  | advocate dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0034   | 022  | seek dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes} prep:from=$target
V022.0035   | 022  | request dobj={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes} prep:from=$target
V022.0036   | 022  | n:call prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0037   | 022  | n:appeal prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0038   | 022  | n:request prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}
V022.0039   | 022  | n:plea prep:for={support,backing,endorsement,recognition,normalization,normalisation,membership,accession,admission,engagement,vote,votes}

V023.0001   | 023  | urge dobj=$target xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}   # appeals for material aid
V023.0002   | 023  | press dobj=$target xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V023.0003   | 023  | ask dobj=$target xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V023.0004   | 023  | implore dobj=$target xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V023.0005   | 023  | encourage dobj=$target xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V023.0006   | 023  | request dobj=$target xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V023.0007   | 023  | pressure dobj=$target xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V023.0008   | 023  | push dobj=$target xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V023.0009   | 023  | call prep:on=$target xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V023.0010   | 023  | appeal prep:to=$target xcomp={provide,give,supply,deliver,donate,contribute,help,assist,aid}
V023.0011   | 023  | call prep:for={aid,assistance,help,supplies}
V023.0012   | 023  | appeal prep:for={aid,assistance,help,supplies}
V023.0013   | 023  | press prep:for={aid,assistance,help,supplies}
V023.0014   | 023  | push prep:for={aid,assistance,help,supplies}
V023.0015   | 023  | plead prep:for={aid,assistance,help,supplies}
V023.0016   | 023  | ask prep:for={aid,assistance,help,supplies}
V023.0017   | 023  | lobby prep:for={aid,assistance,help,supplies}
V023.0018   | 023  | ask prep:to=$target prep:for={aid,assistance,help,supplies}
V023.0019   | 023  | appeal prep:to=$target prep:for={aid,assistance,help,supplies}
V023.0020   | 023  | seek dobj={aid,assistance,help,supplies}
V023.0021   | 023  | request dobj={aid,assistance,help,supplies}
V023.0022   | 023  | urge dobj={aid,assistance,help,supplies}
V023.0023   | 023  | advocate dobj={aid,assistance,help,supplies}
V023.0024   | 023  | seek dobj={aid,assistance,help,supplies} prep:from=$target
V023.0025   | 023  | request dobj={aid,assistance,help,supplies} prep:from=$target
V023.0026   | 023  | n:call prep:for={aid,assistance,help,supplies}
V023.0027   | 023  | n:appeal prep:for={aid,assistance,help,supplies}
V023.0028   | 023  | n:request prep:for={aid,assistance,help,supplies}
V023.0029   | 023  | n:plea prep:for={aid,assistance,help,supplies}

V024.0001   | 024  | urge dobj=$target xcomp={reform,liberalize,liberalise}   # appeals for political reform
V024.0002   | 024  | press dobj=$target xcomp={reform,liberalize,liberalise}
V024.0003   | 024  | ask dobj=$target xcomp={reform,liberalize,liberalise}
V024.0004   | 024  | implore dobj=$target xcomp={reform,liberalize,liberalise}
V024.0005   | 024  | encourage dobj=$target xcomp={reform,liberalize,liberalise}
V024.0006   | 024  | request dobj=$target xcomp={reform,liberalize,liberalise}
V024.0007   | 024  | pressure dobj=$target xcomp={reform,liberalize,liberalise}
V024.0008   | 024  | push dobj=$target xcomp={reform,liberalize,liberalise}
V024.0009   | 024  | call prep:on=$target xcomp={reform,liberalize,liberalise}
V024.0010   | 024  | appeal prep:to=$target xcomp={reform,liberalize,liberalise}
V024.0011   | 024  | call prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0012   | 024  | appeal prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0013   | 024  | press prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0014   | 024  | push prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0015   | 024  | plead prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0016   | 024  | ask prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0017   | 024  | lobby prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0018   | 024  | ask prep:to=$target prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0019   | 024  | appeal prep:to=$target prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0020   | 024  | seek dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0021   | 024  | request dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0022   | 024  | urge dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0023   | 024  | advocate dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0024   | 024  | seek dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation} prep:from=$target
V024.0025   | 024  | request dobj={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation} prep:from=$target
V024.0026   | 024  | n:call prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0027   | 024  | n:appeal prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0028   | 024  | n:request prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}
V024.0029   | 024  | n:plea prep:for={reform,reforms,change,changes,overhaul,modernization,modernisation,accountability,transparency,liberalization,liberalisation}

V025.0001   | 025  | urge dobj=$target xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}   # appeals for concessions (yielding)
V025.0002   | 025  | press dobj=$target xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V025.0003   | 025  | ask dobj=$target xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V025.0004   | 025  | implore dobj=$target xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V025.0005   | 025  | encourage dobj=$target xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V025.0006   | 025  | request dobj=$target xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V025.0007   | 025  | pressure dobj=$target xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V025.0008   | 025  | push dobj=$target xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V025.0009   | 025  | call prep:on=$target xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V025.0010   | 025  | appeal prep:to=$target xcomp={concede,yield,compromise,relent,lift,ease,relax,loosen,capitulate,surrender,budge,cave}
V025.0011   | 025  | call prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0012   | 025  | appeal prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0013   | 025  | press prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0014   | 025  | push prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0015   | 025  | plead prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0016   | 025  | ask prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0017   | 025  | lobby prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0018   | 025  | ask prep:to=$target prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0019   | 025  | appeal prep:to=$target prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0020   | 025  | seek dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0021   | 025  | request dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0022   | 025  | urge dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0023   | 025  | advocate dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0024   | 025  | seek dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty} prep:from=$target
V025.0025   | 025  | request dobj={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty} prep:from=$target
V025.0026   | 025  | n:call prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0027   | 025  | n:appeal prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0028   | 025  | n:request prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}
V025.0029   | 025  | n:plea prep:for={concession,concessions,surrender,capitulation,calm,leniency,clemency,amnesty}

V026.0001   | 026  | urge dobj=$target xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}   # appeals for meetings or talks
V026.0002   | 026  | press dobj=$target xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V026.0003   | 026  | ask dobj=$target xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V026.0004   | 026  | implore dobj=$target xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V026.0005   | 026  | encourage dobj=$target xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V026.0006   | 026  | request dobj=$target xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V026.0007   | 026  | pressure dobj=$target xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V026.0008   | 026  | push dobj=$target xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V026.0009   | 026  | call prep:on=$target xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V026.0010   | 026  | appeal prep:to=$target xcomp={meet,talk,negotiate,discuss,convene,engage,sit,confer,visit}
V026.0011   | 026  | call prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0012   | 026  | appeal prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0013   | 026  | press prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0014   | 026  | push prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0015   | 026  | plead prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0016   | 026  | ask prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0017   | 026  | lobby prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0018   | 026  | ask prep:to=$target prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0019   | 026  | appeal prep:to=$target prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0020   | 026  | seek dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0021   | 026  | request dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0022   | 026  | urge dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0023   | 026  | advocate dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0024   | 026  | seek dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts} prep:from=$target
V026.0025   | 026  | request dobj={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts} prep:from=$target
V026.0026   | 026  | n:call prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0027   | 026  | n:appeal prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0028   | 026  | n:request prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}
V026.0029   | 026  | n:plea prep:for={talks,talk,negotiation,negotiations,dialogue,consultation,consultations,discussion,discussions,meeting,summit,visit,contact,contacts}

V027.0001   | 027  | urge dobj=$target xcomp={settle,reconcile,resolve}   # appeals for a settlement
V027.0002   | 027  | press dobj=$target xcomp={settle,reconcile,resolve}
V027.0003   | 027  | ask dobj=$target xcomp={settle,reconcile,resolve}
V027.0004   | 027  | implore dobj=$target xcomp={settle,reconcile,resolve}
V027.0005   | 027  | encourage dobj=$target xcomp={settle,reconcile,resolve}
V027.0006   | 027  | request dobj=$target xcomp={settle,reconcile,resolve}
V027.0007   | 027  | pressure dobj=$target xcomp={settle,reconcile,resolve}
V027.0008   | 027  | push dobj=$target xcomp={settle,reconcile,resolve}
V027.0009   | 027  | call prep:on=$target xcomp={settle,reconcile,resolve}
V027.0010   | 027  | appeal prep:to=$target xcomp={settle,reconcile,resolve}
V027.0011   | 027  | call prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0012   | 027  | appeal prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0013   | 027  | press prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0014   | 027  | push prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0015   | 027  | plead prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0016   | 027  | ask prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0017   | 027  | lobby prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0018   | 027  | ask prep:to=$target prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0019   | 027  | appeal prep:to=$target prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0020   | 027  | seek dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0021   | 027  | request dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0022   | 027  | urge dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0023   | 027  | advocate dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0024   | 027  | seek dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal} prep:from=$target
V027.0025   | 027  | request dobj={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal} prep:from=$target
V027.0026   | 027  | n:call prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0027   | 027  | n:appeal prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0028   | 027  | n:request prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}
V027.0029   | 027  | n:plea prep:for={peace,settlement,accord,treaty,solution,resolution,reconciliation,compromise,peace_deal}

V028.0001   | 028  | urge dobj=$target xcomp={mediate,arbitrate,facilitate}   # appeals for mediation
V028.0002   | 028  | press dobj=$target xcomp={mediate,arbitrate,facilitate}
V028.0003   | 028  | ask dobj=$target xcomp={mediate,arbitrate,facilitate}
V028.0004   | 028  | implore dobj=$target xcomp={mediate,arbitrate,facilitate}
V028.0005   | 028  | encourage dobj=$target xcomp={mediate,arbitrate,facilitate}
V028.0006   | 028  | request dobj=$target xcomp={mediate,arbitrate,facilitate}
V028.0007   | 028  | pressure dobj=$target xcomp={mediate,arbitrate,facilitate}
V028.0008   | 028  | push dobj=$target xcomp={mediate,arbitrate,facilitate}
V028.0009   | 028  | call prep:on=$target xcomp={mediate,arbitrate,facilitate}
V028.0010   | 028  | appeal prep:to=$target xcomp={mediate,arbitrate,facilitate}
V028.0011   | 028  | call prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0012   | 028  | appeal prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0013   | 028  | press prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0014   | 028  | push prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0015   | 028  | plead prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0016   | 028  | ask prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0017   | 028  | lobby prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0018   | 028  | ask prep:to=$target prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0019   | 028  | appeal prep:to=$target prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0020   | 028  | seek dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0021   | 028  | request dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0022   | 028  | urge dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0023   | 028  | advocate dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0024   | 028  | seek dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary} prep:from=$target
V028.0025   | 028  | request dobj={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary} prep:from=$target
V028.0026   | 028  | n:call prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0027   | 028  | n:appeal prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0028   | 028  | n:request prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}
V028.0029   | 028  | n:plea prep:for={mediation,mediator,mediators,arbitration,facilitation,offices,intermediary}

V020.0001   | 020  | urge dobj=$target   # appeal or request
V020.0002   | 020  | implore dobj=$target
V020.0003   | 020  | beseech dobj=$target
V020.0004   | 020  | entreat dobj=$target
V020.0005   | 020  | exhort dobj=$target
V020.0006   | 020  | urge dobj=$target xcomp=*
V020.0007   | 020  | press dobj=$target xcomp=*
V020.0008   | 020  | ask dobj=$target xcomp=*
V020.0009   | 020  | implore dobj=$target xcomp=*
V020.0010   | 020  | encourage dobj=$target xcomp=*
V020.0011   | 020  | request dobj=$target xcomp=*
V020.0012   | 020  | exhort dobj=$target xcomp=*
V020.0013   | 020  | beg dobj=$target xcomp=*
V020.0014   | 020  | call prep:on=$target
V020.0015   | 020  | call prep:on=$target xcomp=*
V020.0016   | 020  | appeal prep:to=$target
V020.0017   | 020  | appeal prep:to=$target xcomp=*
V020.0018   | 020  | call prep:for=*
V020.0019   | 020  | appeal prep:for=*
V020.0020   | 020  | plead prep:for=*
V020.0021   | 020  | press prep:for=*
V020.0022   | 020  | push prep:for=*
V020.0023   | 020  | plead prep:with=$target
V020.0024   | 020  | n:appeal prep:to=$target
V020.0025   | 020  | n:call prep:for=*
V020.0026   | 020  | n:plea prep:to=$target
V020.0027   | 020  | n:request prep:to=$target
V020.0028   | 020  | make dobj={appeal,plea,request} prep:to=$target
V020.0029   | 020  | make dobj={appeal,plea,call}
V020.0030   | 020  | issue dobj={appeal,plea,call}
V020.0031   | 020  | launch dobj={appeal,plea,call}
V020.0032   | 020  | renew dobj={appeal,plea,call}
V020.0033   | 020  | reiterate dobj={appeal,plea,call}
V020.0034   | 020  | repeat dobj={appeal,plea,call}
V020.0035   | 020  | submit dobj={request} prep:to=$target
V020.0036   | 020  | send dobj={request} prep:to=$target
V020.0037   | 020  | file dobj={request} prep:to=$target
V020.0038   | 020  | make dobj={request} prep:to=$target
V020.0039   | 020  | propose dobj={plan,idea,initiative,mechanism,framework,scheme,measure,measures,formula,option,proposal}
V020.0040   | 020  | suggest dobj={plan,idea,initiative,mechanism,framework,scheme,measure,measures,formula,option,proposal}
V020.0041   | 020  | put_forward dobj={plan,idea,initiative,mechanism,framework,scheme,measure,measures,formula,option,proposal}
V020.0042   | 020  | propose ccomp=*
V020.0043   | 020  | suggest ccomp=*
V020.0044   | 020  | urge ccomp=*
V020.0045   | 020  | advise ccomp=*
V020.0046   | 020  | recommend ccomp=*
V020.0047   | 020  | call prep:for={investigation,inquiry,probe,enquiry,review,audit}
V020.0048   | 020  | press prep:for={investigation,inquiry,probe,enquiry,review,audit}
V020.0049   | 020  | push prep:for={investigation,inquiry,probe,enquiry,review,audit}
V020.0050   | 020  | appeal prep:for={investigation,inquiry,probe,enquiry,review,audit}
V020.0051   | 020  | seek dobj={investigation,inquiry,probe,enquiry}
V020.0052   | 020  | request dobj={investigation,inquiry,probe,enquiry}
V020.0053   | 020  | urge dobj={investigation,inquiry,probe,enquiry}
V020.0054   | 020  | urge dobj=$target xcomp={cooperate,collaborate,comply,abide}
V020.0055   | 020  | press dobj=$target xcomp={cooperate,collaborate,comply,abide}
V020.0056   | 020  | ask dobj=$target xcomp={cooperate,collaborate,comply,abide}
V020.0057   | 020  | implore dobj=$target xcomp={cooperate,collaborate,comply,abide}
V020.0058   | 020  | encourage dobj=$target xcomp={cooperate,collaborate,comply,abide}
V020.0059   | 020  | request dobj=$target xcomp={cooperate,collaborate,comply,abide}
V020.0060   | 020  | pressure dobj=$target xcomp={cooperate,collaborate,comply,abide}
V020.0061   | 020  | push dobj=$target xcomp={cooperate,collaborate,comply,abide}
V020.0062   | 020  | call prep:on=$target xcomp={cooperate,collaborate,comply,abide}
V020.0063   | 020  | appeal prep:to=$target xcomp={cooperate,collaborate,comply,abide}
V020.0064   | 020  | call prep:for={cooperation,collaboration,compliance}
V020.0065   | 020  | appeal prep:for={cooperation,collaboration,compliance}
V020.0066   | 020  | press prep:for={cooperation,collaboration,compliance}
V020.0067   | 020  | push prep:for={cooperation,collaboration,compliance}
V020.0068   | 020  | plead prep:for={cooperation,collaboration,compliance}
V020.0069   | 020  | ask prep:for={cooperation,collaboration,compliance}
V020.0070   | 020  | lobby prep:for={cooperation,collaboration,compliance}
V020.0071   | 020  | ask prep:to=$target prep:for={cooperation,collaboration,compliance}
V020.0072   | 020  | appeal prep:to=$target prep:for={cooperation,collaboration,compliance}
V020.0073   | 020  | seek dobj={cooperation,collaboration,compliance}
V020.0074   | 020  | request dobj={cooperation,collaboration,compliance}
V020.0075   | 020  | urge dobj={cooperation,collaboration,compliance}
V020.0076   | 020  | advocate dobj={cooperation,collaboration,compliance}
V020.0077   | 020  | seek dobj={cooperation,collaboration,compliance} prep:from=$target
V020.0078   | 020  | request dobj={cooperation,collaboration,compliance} prep:from=$target
V020.0079   | 020  | n:call prep:for={cooperation,collaboration,compliance}
V020.0080   | 020  | n:appeal prep:for={cooperation,collaboration,compliance}
V020.0081   | 020  | n:request prep:for={cooperation,collaboration,compliance}
V020.0082   | 020  | n:plea prep:for={cooperation,collaboration,compliance}
