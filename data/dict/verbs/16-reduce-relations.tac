# Verb and event-noun patterns for CAMEO root 16 (reduce relations).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V1621.0001  | 1621 | cut dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}   # reduces or stops economic assistance
V1621.0002  | 1621 | slash dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0003  | 1621 | reduce dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0004  | 1621 | suspend dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0005  | 1621 | halt dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0006  | 1621 | freeze dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0007  | 1621 | stop dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0008  | 1621 | end dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0009  | 1621 | withhold dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0010  | 1621 | terminate dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0011  | 1621 | pause dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0012  | 1621 | curtail dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0013  | 1621 | trim dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0014  | 1621 | block dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0015  | 1621 | cut_off dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0016  | 1621 | claw_back dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0017  | 1621 | divert dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0018  | 1621 | withdraw dobj={loan,loans,credit,credits,funding,financing,grant,grants,subsidy,subsidies,payment,payments,disbursement,disbursements,bailout,tranche,contributions,contribution,donations}
V1621.0019  | 1621 | cut dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:to=$target
V1621.0020  | 1621 | cut dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:for=$target
V1621.0021  | 1621 | slash dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:to=$target
V1621.0022  | 1621 | slash dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:for=$target
V1621.0023  | 1621 | reduce dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:to=$target
V1621.0024  | 1621 | reduce dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:for=$target
V1621.0025  | 1621 | suspend dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:to=$target
V1621.0026  | 1621 | suspend dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:for=$target
V1621.0027  | 1621 | halt dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:to=$target
V1621.0028  | 1621 | halt dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:for=$target
V1621.0029  | 1621 | freeze dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:to=$target
V1621.0030  | 1621 | freeze dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:for=$target
V1621.0031  | 1621 | stop dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:to=$target
V1621.0032  | 1621 | stop dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:for=$target
V1621.0033  | 1621 | end dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:to=$target
V1621.0034  | 1621 | end dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:for=$target
V1621.0035  | 1621 | withhold dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:to=$target
V1621.0036  | 1621 | withhold dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:for=$target
V1621.0037  | 1621 | terminate dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:to=$target
V1621.0038  | 1621 | terminate dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:for=$target
V1621.0039  | 1621 | pause dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:to=$target
V1621.0040  | 1621 | pause dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:for=$target
V1621.0041  | 1621 | cut_off dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:to=$target
V1621.0042  | 1621 | cut_off dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:for=$target
V1621.0043  | 1621 | withdraw dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:to=$target
V1621.0044  | 1621 | withdraw dobj={loan,loans,credit,funding,financing,grant,grants,payments,disbursement,tranche,contributions} prep:for=$target
V1621.0045  | 1621 | defund dobj=*
V1621.0046  | 1621 | cut_off dobj=$target prep:from={funding,loans,credit,finance,financing}

V1622.0001  | 1622 | cut dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}   # reduces or stops military assistance
V1622.0002  | 1622 | slash dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0003  | 1622 | reduce dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0004  | 1622 | suspend dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0005  | 1622 | halt dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0006  | 1622 | freeze dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0007  | 1622 | stop dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0008  | 1622 | end dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0009  | 1622 | withhold dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0010  | 1622 | cancel dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0011  | 1622 | pause dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0012  | 1622 | curtail dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0013  | 1622 | cut_off dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0014  | 1622 | delay dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0015  | 1622 | block dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,training}
V1622.0016  | 1622 | cut dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0017  | 1622 | slash dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0018  | 1622 | reduce dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0019  | 1622 | suspend dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0020  | 1622 | halt dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0021  | 1622 | freeze dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0022  | 1622 | stop dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0023  | 1622 | end dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0024  | 1622 | withhold dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0025  | 1622 | cancel dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0026  | 1622 | pause dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0027  | 1622 | curtail dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0028  | 1622 | cut_off dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0029  | 1622 | delay dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0030  | 1622 | block dobj={deliveries,shipments,supplies,transfers,sale,sales,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,equipment}
V1622.0031  | 1622 | impose dobj={embargo} prep:on={arms,weapons}

V1623.0001  | 1623 | cut dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}   # reduces or stops humanitarian assistance
V1623.0002  | 1623 | slash dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}
V1623.0003  | 1623 | reduce dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}
V1623.0004  | 1623 | suspend dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}
V1623.0005  | 1623 | halt dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}
V1623.0006  | 1623 | freeze dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}
V1623.0007  | 1623 | stop dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}
V1623.0008  | 1623 | end dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}
V1623.0009  | 1623 | withhold dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}
V1623.0010  | 1623 | cancel dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}
V1623.0011  | 1623 | pause dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}
V1623.0012  | 1623 | curtail dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}
V1623.0013  | 1623 | cut_off dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}
V1623.0014  | 1623 | ration dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,distributions,distribution}
V1623.0015  | 1623 | cut dobj={deliveries,supplies,shipments,distribution} prep:of={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,aid}
V1623.0016  | 1623 | slash dobj={deliveries,supplies,shipments,distribution} prep:of={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,aid}
V1623.0017  | 1623 | reduce dobj={deliveries,supplies,shipments,distribution} prep:of={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,aid}
V1623.0018  | 1623 | suspend dobj={deliveries,supplies,shipments,distribution} prep:of={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,aid}
V1623.0019  | 1623 | halt dobj={deliveries,supplies,shipments,distribution} prep:of={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,aid}
V1623.0020  | 1623 | stop dobj={deliveries,supplies,shipments,distribution} prep:of={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,aid}
V1623.0021  | 1623 | end dobj={deliveries,supplies,shipments,distribution} prep:of={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,aid}
V1623.0022  | 1623 | withhold dobj={deliveries,supplies,shipments,distribution} prep:of={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,aid}
V1623.0023  | 1623 | cut_off dobj={deliveries,supplies,shipments,distribution} prep:of={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,aid}
V1623.0024  | 1623 | cut_off dobj={water,electricity,power,food,fuel,medicine} prep:to=$target

V1661.0001  | 1661 | expel dobj={peacekeeper,peacekeepers,peacekeeping,mission,monusco,minusma,unifil,unmiss}   # expels or withdraws peacekeepers
V1661.0002  | 1661 | withdraw dobj={peacekeeper,peacekeepers,peacekeeping,mission,monusco,minusma,unifil,unmiss}
V1661.0003  | 1661 | pull_out dobj={peacekeeper,peacekeepers,peacekeeping,mission,monusco,minusma,unifil,unmiss}
V1661.0004  | 1661 | remove dobj={peacekeeper,peacekeepers,peacekeeping,mission,monusco,minusma,unifil,unmiss}
V1661.0005  | 1661 | evict dobj={peacekeeper,peacekeepers,peacekeeping,mission,monusco,minusma,unifil,unmiss}
V1661.0006  | 1661 | kick_out dobj={peacekeeper,peacekeepers,peacekeeping,mission,monusco,minusma,unifil,unmiss}
V1661.0007  | 1661 | order_out dobj={peacekeeper,peacekeepers,peacekeeping,mission,monusco,minusma,unifil,unmiss}
V1661.0008  | 1661 | repatriate dobj={peacekeeper,peacekeepers,peacekeeping,mission,monusco,minusma,unifil,unmiss}
V1661.0009  | 1661 | terminate dobj={peacekeeper,peacekeepers,peacekeeping,mission,monusco,minusma,unifil,unmiss}
V1661.0010  | 1661 | end dobj={peacekeeper,peacekeepers,peacekeeping,mission,monusco,minusma,unifil,unmiss}
V1661.0011  | 1661 | oust dobj={peacekeeper,peacekeepers,peacekeeping,mission,monusco,minusma,unifil,unmiss}
V1661.0012  | 1661 | end dobj={mandate}
V1661.0013  | 1661 | terminate dobj={mandate}
V1661.0014  | 1661 | revoke dobj={mandate}
V1661.0015  | 1661 | cancel dobj={mandate}
V1661.0016  | 1661 | scrap dobj={mandate}
V1661.0017  | 1661 | order dobj={peacekeepers,mission,force} xcomp={leave,withdraw,depart,go}
V1661.0018  | 1661 | force dobj={peacekeepers,mission,force} xcomp={leave,withdraw,depart,go}
V1661.0019  | 1661 | demand dobj={departure,withdrawal,exit} prep:of={peacekeepers,mission,force}

V1662.0001  | 1662 | expel dobj={inspector,inspectors,observers,monitors,investigators,rapporteur,experts,inspection}   # expels or withdraws inspectors or observers
V1662.0002  | 1662 | withdraw dobj={inspector,inspectors,observers,monitors,investigators,rapporteur,experts,inspection}
V1662.0003  | 1662 | remove dobj={inspector,inspectors,observers,monitors,investigators,rapporteur,experts,inspection}
V1662.0004  | 1662 | evict dobj={inspector,inspectors,observers,monitors,investigators,rapporteur,experts,inspection}
V1662.0005  | 1662 | bar dobj={inspector,inspectors,observers,monitors,investigators,rapporteur,experts,inspection}
V1662.0006  | 1662 | ban dobj={inspector,inspectors,observers,monitors,investigators,rapporteur,experts,inspection}
V1662.0007  | 1662 | kick_out dobj={inspector,inspectors,observers,monitors,investigators,rapporteur,experts,inspection}
V1662.0008  | 1662 | deport dobj={inspector,inspectors,observers,monitors,investigators,rapporteur,experts,inspection}
V1662.0009  | 1662 | order_out dobj={inspector,inspectors,observers,monitors,investigators,rapporteur,experts,inspection}
V1662.0010  | 1662 | pull_out dobj={inspector,inspectors,observers,monitors,investigators,rapporteur,experts,inspection}
V1662.0011  | 1662 | oust dobj={inspector,inspectors,observers,monitors,investigators,rapporteur,experts,inspection}
V1662.0012  | 1662 | suspend dobj={inspections,inspection,monitoring,verification,access,cooperation} prep:with={iaea,agency,inspectors,watchdog,observers,un}
V1662.0013  | 1662 | end dobj={inspections,inspection,monitoring,verification,access,cooperation} prep:with={iaea,agency,inspectors,watchdog,observers,un}
V1662.0014  | 1662 | halt dobj={inspections,inspection,monitoring,verification,access,cooperation} prep:with={iaea,agency,inspectors,watchdog,observers,un}
V1662.0015  | 1662 | curtail dobj={inspections,inspection,monitoring,verification,access,cooperation} prep:with={iaea,agency,inspectors,watchdog,observers,un}
V1662.0016  | 1662 | restrict dobj={inspections,inspection,monitoring,verification,access,cooperation} prep:with={iaea,agency,inspectors,watchdog,observers,un}
V1662.0017  | 1662 | limit dobj={inspections,inspection,monitoring,verification,access,cooperation} prep:with={iaea,agency,inspectors,watchdog,observers,un}
V1662.0018  | 1662 | stop dobj={inspections,inspection,monitoring,verification,access,cooperation} prep:with={iaea,agency,inspectors,watchdog,observers,un}
V1662.0019  | 1662 | terminate dobj={inspections,inspection,monitoring,verification,access,cooperation} prep:with={iaea,agency,inspectors,watchdog,observers,un}
V1662.0020  | 1662 | cut dobj={inspections,inspection,monitoring,verification,access,cooperation} prep:with={iaea,agency,inspectors,watchdog,observers,un}
V1662.0021  | 1662 | suspend dobj={inspections,inspection,monitoring,verification,safeguards}
V1662.0022  | 1662 | end dobj={inspections,inspection,monitoring,verification,safeguards}
V1662.0023  | 1662 | halt dobj={inspections,inspection,monitoring,verification,safeguards}
V1662.0024  | 1662 | curtail dobj={inspections,inspection,monitoring,verification,safeguards}
V1662.0025  | 1662 | stop dobj={inspections,inspection,monitoring,verification,safeguards}
V1662.0026  | 1662 | terminate dobj={inspections,inspection,monitoring,verification,safeguards}
V1662.0027  | 1662 | switch_off dobj={cameras,camera,monitoring,equipment,seals}
V1662.0028  | 1662 | disconnect dobj={cameras,camera,monitoring,equipment,seals}
V1662.0029  | 1662 | remove dobj={cameras,camera,monitoring,equipment,seals}
V1662.0030  | 1662 | dismantle dobj={cameras,camera,monitoring,equipment,seals}
V1662.0031  | 1662 | turn_off dobj={cameras,camera,monitoring,equipment,seals}
V1662.0032  | 1662 | deny dobj={access} prep:to={inspectors,inspector,iaea,observers,monitors,investigators,experts}
V1662.0033  | 1662 | refuse dobj={access} prep:to={inspectors,inspector,iaea,observers,monitors,investigators,experts}
V1662.0034  | 1662 | block dobj={access} prep:to={inspectors,inspector,iaea,observers,monitors,investigators,experts}
V1662.0035  | 1662 | restrict dobj={access} prep:to={inspectors,inspector,iaea,observers,monitors,investigators,experts}
V1662.0036  | 1662 | bar dobj={access} prep:to={inspectors,inspector,iaea,observers,monitors,investigators,experts}
V1662.0037  | 1662 | deny iobj={inspectors,inspector,iaea,observers,monitors,investigators,experts} dobj={access,entry,visas}
V1662.0038  | 1662 | refuse iobj={inspectors,inspector,iaea,observers,monitors,investigators,experts} dobj={access,entry,visas}

V1663.0001  | 1663 | expel dobj={agency,agencies,ngo,ngos,charity,charities,unrwa,msf,workers,staff}   # expels or withdraws aid agencies
V1663.0002  | 1663 | ban dobj={agency,agencies,ngo,ngos,charity,charities,unrwa,msf,workers,staff}
V1663.0003  | 1663 | evict dobj={agency,agencies,ngo,ngos,charity,charities,unrwa,msf,workers,staff}
V1663.0004  | 1663 | suspend dobj={agency,agencies,ngo,ngos,charity,charities,unrwa,msf,workers,staff}
V1663.0005  | 1663 | kick_out dobj={agency,agencies,ngo,ngos,charity,charities,unrwa,msf,workers,staff}
V1663.0006  | 1663 | deport dobj={agency,agencies,ngo,ngos,charity,charities,unrwa,msf,workers,staff}
V1663.0007  | 1663 | order_out dobj={agency,agencies,ngo,ngos,charity,charities,unrwa,msf,workers,staff}
V1663.0008  | 1663 | bar dobj={agency,agencies,ngo,ngos,charity,charities,unrwa,msf,workers,staff}
V1663.0009  | 1663 | shut_down dobj={agency,agencies,ngo,ngos,charity,charities,unrwa,msf,workers,staff}
V1663.0010  | 1663 | close dobj={agency,agencies,ngo,ngos,charity,charities,unrwa,msf,workers,staff}
V1663.0011  | 1663 | oust dobj={agency,agencies,ngo,ngos,charity,charities,unrwa,msf,workers,staff}
V1663.0012  | 1663 | deregister dobj={agency,agencies,ngo,ngos,charity,charities,unrwa,msf,workers,staff}
V1663.0013  | 1663 | expel dobj={agency,agencies,ngo,ngos,charity,charities,organizations,organisations,groups,workers,staff} prep:from=*
V1663.0014  | 1663 | ban dobj={agency,agencies,ngo,ngos,charity,charities,organizations,organisations,groups,workers,staff} prep:from=*
V1663.0015  | 1663 | evict dobj={agency,agencies,ngo,ngos,charity,charities,organizations,organisations,groups,workers,staff} prep:from=*
V1663.0016  | 1663 | suspend dobj={agency,agencies,ngo,ngos,charity,charities,organizations,organisations,groups,workers,staff} prep:from=*
V1663.0017  | 1663 | kick_out dobj={agency,agencies,ngo,ngos,charity,charities,organizations,organisations,groups,workers,staff} prep:from=*
V1663.0018  | 1663 | deport dobj={agency,agencies,ngo,ngos,charity,charities,organizations,organisations,groups,workers,staff} prep:from=*
V1663.0019  | 1663 | order_out dobj={agency,agencies,ngo,ngos,charity,charities,organizations,organisations,groups,workers,staff} prep:from=*
V1663.0020  | 1663 | bar dobj={agency,agencies,ngo,ngos,charity,charities,organizations,organisations,groups,workers,staff} prep:from=*
V1663.0021  | 1663 | order dobj={agencies,ngos,charities} xcomp={leave,suspend,close,halt}
V1663.0022  | 1663 | force dobj={agencies,ngos,charities} xcomp={leave,suspend,close,halt}
V1663.0023  | 1663 | revoke dobj={license,licence,licenses,licences,registration,accreditation,permits} prep:of={agencies,ngos,groups,charities,organizations,organisations,workers}
V1663.0024  | 1663 | cancel dobj={license,licence,licenses,licences,registration,accreditation,permits} prep:of={agencies,ngos,groups,charities,organizations,organisations,workers}
V1663.0025  | 1663 | suspend dobj={license,licence,licenses,licences,registration,accreditation,permits} prep:of={agencies,ngos,groups,charities,organizations,organisations,workers}

V161.0001   | 161  | break_off dobj={relations,relation,ties,tie}   # reduces or breaks diplomatic relations
V161.0002   | 161  | break dobj={relations,relation,ties,tie}
V161.0003   | 161  | sever dobj={relations,relation,ties,tie}
V161.0004   | 161  | cut dobj={relations,relation,ties,tie}
V161.0005   | 161  | cut_off dobj={relations,relation,ties,tie}
V161.0006   | 161  | suspend dobj={relations,relation,ties,tie}
V161.0007   | 161  | freeze dobj={relations,relation,ties,tie}
V161.0008   | 161  | downgrade dobj={relations,relation,ties,tie}
V161.0009   | 161  | rupture dobj={relations,relation,ties,tie}
V161.0010   | 161  | end dobj={relations,relation,ties,tie}
V161.0011   | 161  | terminate dobj={relations,relation,ties,tie}
V161.0012   | 161  | scale_back dobj={relations,relation,ties,tie}
V161.0013   | 161  | reduce dobj={relations,relation,ties,tie}
V161.0014   | 161  | curtail dobj={relations,relation,ties,tie}
V161.0015   | 161  | break_off dobj={relations,relation,ties,tie} prep:with=$target
V161.0016   | 161  | break dobj={relations,relation,ties,tie} prep:with=$target
V161.0017   | 161  | sever dobj={relations,relation,ties,tie} prep:with=$target
V161.0018   | 161  | cut dobj={relations,relation,ties,tie} prep:with=$target
V161.0019   | 161  | cut_off dobj={relations,relation,ties,tie} prep:with=$target
V161.0020   | 161  | suspend dobj={relations,relation,ties,tie} prep:with=$target
V161.0021   | 161  | freeze dobj={relations,relation,ties,tie} prep:with=$target
V161.0022   | 161  | downgrade dobj={relations,relation,ties,tie} prep:with=$target
V161.0023   | 161  | rupture dobj={relations,relation,ties,tie} prep:with=$target
V161.0024   | 161  | end dobj={relations,relation,ties,tie} prep:with=$target
V161.0025   | 161  | downgrade dobj={representation,mission,embassy,level}
V161.0026   | 161  | reduce dobj={representation,mission,embassy,level}
V161.0027   | 161  | recall dobj={ambassador,envoy,ambassadors,diplomats,diplomat,charge,representative,envoys,consul,chargé}
V161.0028   | 161  | withdraw dobj={ambassador,envoy,ambassadors,diplomats,diplomat,charge,representative,envoys,consul,chargé}
V161.0029   | 161  | pull dobj={ambassador,envoy,ambassadors,diplomats,diplomat,charge,representative,envoys,consul,chargé}
V161.0030   | 161  | recall dobj={ambassador,envoy,ambassadors,diplomats,diplomat,charge,representative,envoys} prep:from=$target
V161.0031   | 161  | withdraw dobj={ambassador,envoy,ambassadors,diplomats,diplomat,charge,representative,envoys} prep:from=$target
V161.0032   | 161  | recall dobj={ambassador,envoy} prep:for={consultations}
V161.0033   | 161  | close dobj={embassy,embassies,consulate,consulates,legation,consulate-general}
V161.0034   | 161  | shut dobj={embassy,embassies,consulate,consulates,legation,consulate-general}
V161.0035   | 161  | shut_down dobj={embassy,embassies,consulate,consulates,legation,consulate-general}
V161.0036   | 161  | suspend dobj={embassy,embassies,consulate,consulates,legation,consulate-general}
V161.0037   | 161  | close dobj={embassy,embassies,consulate,consulates} prep:in=$target
V161.0038   | 161  | shut dobj={embassy,embassies,consulate,consulates} prep:in=$target
V161.0039   | 161  | shut_down dobj={embassy,embassies,consulate,consulates} prep:in=$target
V161.0040   | 161  | suspend dobj={embassy,embassies,consulate,consulates} prep:in=$target
V161.0041   | 161  | expel dobj={ambassador,envoy,diplomat,diplomats,attache,attaches,consul,envoys,ambassadors,charge,representatives}
V161.0042   | 161  | eject dobj={ambassador,envoy,diplomat,diplomats,attache,attaches,consul,envoys,ambassadors,charge,representatives}
V161.0043   | 161  | kick_out dobj={ambassador,envoy,diplomat,diplomats,attache,attaches,consul,envoys,ambassadors,charge,representatives}
V161.0044   | 161  | order_out dobj={ambassador,envoy,diplomat,diplomats,attache,attaches,consul,envoys,ambassadors,charge,representatives}
V161.0045   | 161  | expel dobj={ambassador,envoy,diplomat,diplomats,attache,attaches,consul,envoys} prep:from=*
V161.0046   | 161  | declare dobj=* xcomp={persona}
V161.0047   | 161  | declare xcomp={persona}
V161.0048   | 161  | declare dobj=* attr={persona}
V161.0049   | 161  | withdraw dobj={recognition,accreditation,credentials}
V161.0050   | 161  | revoke dobj={recognition,accreditation,credentials}
V161.0051   | 161  | rescind dobj={recognition,accreditation,credentials}
V161.0052   | 161  | suspend dobj={recognition,accreditation,credentials}
V161.0053   | 161  | retract dobj={recognition,accreditation,credentials}
V161.0054   | 161  | revoke dobj={recognition} prep:of=$target
V161.0055   | 161  | withdraw dobj={recognition} prep:of=$target
V161.0056   | 161  | n:severance prep:of={relations,ties}
V161.0057   | 161  | n:rupture prep:in={relations,ties}
V161.0058   | 161  | n:expulsion prep:of={ambassador,envoy,diplomat,diplomats}
V161.0059   | 161  | order dobj={diplomats,diplomat,ambassador,envoy} xcomp={leave,depart,go}

V162.0001   | 162  | cut dobj={aid,assistance,help,supplies}   # reduces or stops material aid
V162.0002   | 162  | slash dobj={aid,assistance,help,supplies}
V162.0003   | 162  | reduce dobj={aid,assistance,help,supplies}
V162.0004   | 162  | suspend dobj={aid,assistance,help,supplies}
V162.0005   | 162  | halt dobj={aid,assistance,help,supplies}
V162.0006   | 162  | freeze dobj={aid,assistance,help,supplies}
V162.0007   | 162  | stop dobj={aid,assistance,help,supplies}
V162.0008   | 162  | end dobj={aid,assistance,help,supplies}
V162.0009   | 162  | withhold dobj={aid,assistance,help,supplies}
V162.0010   | 162  | cancel dobj={aid,assistance,help,supplies}
V162.0011   | 162  | terminate dobj={aid,assistance,help,supplies}
V162.0012   | 162  | pause dobj={aid,assistance,help,supplies}
V162.0013   | 162  | curtail dobj={aid,assistance,help,supplies}
V162.0014   | 162  | trim dobj={aid,assistance,help,supplies}
V162.0015   | 162  | cut_off dobj={aid,assistance,help,supplies}
V162.0016   | 162  | scale_back dobj={aid,assistance,help,supplies}
V162.0017   | 162  | reconsider dobj={aid,assistance,help,supplies}
V162.0018   | 162  | cut dobj={aid,assistance,help,supplies} prep:to=$target
V162.0019   | 162  | cut dobj={aid,assistance,help,supplies} prep:for=$target
V162.0020   | 162  | slash dobj={aid,assistance,help,supplies} prep:to=$target
V162.0021   | 162  | slash dobj={aid,assistance,help,supplies} prep:for=$target
V162.0022   | 162  | reduce dobj={aid,assistance,help,supplies} prep:to=$target
V162.0023   | 162  | reduce dobj={aid,assistance,help,supplies} prep:for=$target
V162.0024   | 162  | suspend dobj={aid,assistance,help,supplies} prep:to=$target
V162.0025   | 162  | suspend dobj={aid,assistance,help,supplies} prep:for=$target
V162.0026   | 162  | halt dobj={aid,assistance,help,supplies} prep:to=$target
V162.0027   | 162  | halt dobj={aid,assistance,help,supplies} prep:for=$target
V162.0028   | 162  | freeze dobj={aid,assistance,help,supplies} prep:to=$target
V162.0029   | 162  | freeze dobj={aid,assistance,help,supplies} prep:for=$target
V162.0030   | 162  | stop dobj={aid,assistance,help,supplies} prep:to=$target
V162.0031   | 162  | stop dobj={aid,assistance,help,supplies} prep:for=$target
V162.0032   | 162  | end dobj={aid,assistance,help,supplies} prep:to=$target
V162.0033   | 162  | end dobj={aid,assistance,help,supplies} prep:for=$target
V162.0034   | 162  | withhold dobj={aid,assistance,help,supplies} prep:to=$target
V162.0035   | 162  | withhold dobj={aid,assistance,help,supplies} prep:for=$target
V162.0036   | 162  | cancel dobj={aid,assistance,help,supplies} prep:to=$target
V162.0037   | 162  | cancel dobj={aid,assistance,help,supplies} prep:for=$target
V162.0038   | 162  | terminate dobj={aid,assistance,help,supplies} prep:to=$target
V162.0039   | 162  | terminate dobj={aid,assistance,help,supplies} prep:for=$target
V162.0040   | 162  | pause dobj={aid,assistance,help,supplies} prep:to=$target
V162.0041   | 162  | pause dobj={aid,assistance,help,supplies} prep:for=$target
V162.0042   | 162  | curtail dobj={aid,assistance,help,supplies} prep:to=$target
V162.0043   | 162  | curtail dobj={aid,assistance,help,supplies} prep:for=$target
V162.0044   | 162  | cut_off dobj={aid,assistance,help,supplies} prep:to=$target
V162.0045   | 162  | cut_off dobj={aid,assistance,help,supplies} prep:for=$target
V162.0046   | 162  | scale_back dobj={aid,assistance,help,supplies} prep:to=$target
V162.0047   | 162  | scale_back dobj={aid,assistance,help,supplies} prep:for=$target
V162.0048   | 162  | cut_off dobj=$target prep:from={aid,assistance,help,supplies}
V162.0049   | 162  | pull dobj={plug} prep:on={aid,assistance,funding,support}
V162.0050   | 162  | n:cut prep:in={aid,assistance,funding}
V162.0051   | 162  | n:cuts prep:to={aid,assistance,funding}
V162.0052   | 162  | n:suspension prep:of={aid,assistance,funding,loans}

V163.0001   | 163  | retaliate prep:with={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,countermeasures,measures,levies}   # imposes embargo, boycott or sanctions
V163.0002   | 163  | retaliate prep:against=$target prep:with={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,countermeasures,measures}
V163.0003   | 163  | impose dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0004   | 163  | slap dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0005   | 163  | levy dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0006   | 163  | place dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0007   | 163  | apply dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0008   | 163  | enforce dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0009   | 163  | set dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0010   | 163  | put dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0011   | 163  | introduce dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0012   | 163  | announce dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0013   | 163  | unveil dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0014   | 163  | approve dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0015   | 163  | adopt dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0016   | 163  | authorize dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0017   | 163  | authorise dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0018   | 163  | pass dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0019   | 163  | agree dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0020   | 163  | prepare dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,blacklisting,freeze,duties,duty,levies,controls,curbs}
V163.0021   | 163  | impose dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:on=$target
V163.0022   | 163  | impose dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:against=$target
V163.0023   | 163  | slap dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:on=$target
V163.0024   | 163  | slap dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:against=$target
V163.0025   | 163  | levy dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:on=$target
V163.0026   | 163  | levy dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:against=$target
V163.0027   | 163  | place dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:on=$target
V163.0028   | 163  | place dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:against=$target
V163.0029   | 163  | apply dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:on=$target
V163.0030   | 163  | apply dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:against=$target
V163.0031   | 163  | enforce dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:on=$target
V163.0032   | 163  | enforce dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:against=$target
V163.0033   | 163  | introduce dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:on=$target
V163.0034   | 163  | introduce dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:against=$target
V163.0035   | 163  | announce dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:on=$target
V163.0036   | 163  | announce dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:against=$target
V163.0037   | 163  | unveil dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:on=$target
V163.0038   | 163  | unveil dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:against=$target
V163.0039   | 163  | approve dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:on=$target
V163.0040   | 163  | approve dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:against=$target
V163.0041   | 163  | adopt dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:on=$target
V163.0042   | 163  | adopt dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:against=$target
V163.0043   | 163  | agree dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:on=$target
V163.0044   | 163  | agree dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,freeze} prep:against=$target
V163.0045   | 163  | slap dobj=$target prep:with={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,duties}
V163.0046   | 163  | hit dobj=$target prep:with={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,duties}
V163.0047   | 163  | target dobj=$target prep:with={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,duties}
V163.0048   | 163  | punish dobj=$target prep:with={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,duties}
V163.0049   | 163  | sanction
V163.0050   | 163  | blacklist
V163.0051   | 163  | embargo
V163.0052   | 163  | sanction dobj=*
V163.0053   | 163  | blacklist dobj=*
V163.0054   | 163  | embargo dobj=*
V163.0055   | 163  | expand dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0056   | 163  | extend dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0057   | 163  | tighten dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0058   | 163  | toughen dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0059   | 163  | step_up dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0060   | 163  | broaden dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0061   | 163  | renew dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0062   | 163  | widen dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0063   | 163  | intensify dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0064   | 163  | raise dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0065   | 163  | hike dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0066   | 163  | increase dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0067   | 163  | double dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0068   | 163  | ratchet_up dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0069   | 163  | strengthen dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0070   | 163  | prolong dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0071   | 163  | reimpose dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0072   | 163  | restore dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0073   | 163  | snap_back dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0074   | 163  | roll_over dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty,levies,controls}
V163.0075   | 163  | expand dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0076   | 163  | expand dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0077   | 163  | extend dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0078   | 163  | extend dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0079   | 163  | tighten dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0080   | 163  | tighten dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0081   | 163  | toughen dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0082   | 163  | toughen dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0083   | 163  | step_up dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0084   | 163  | step_up dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0085   | 163  | broaden dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0086   | 163  | broaden dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0087   | 163  | renew dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0088   | 163  | renew dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0089   | 163  | widen dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0090   | 163  | widen dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0091   | 163  | intensify dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0092   | 163  | intensify dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0093   | 163  | raise dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0094   | 163  | raise dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0095   | 163  | hike dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0096   | 163  | hike dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0097   | 163  | increase dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0098   | 163  | increase dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0099   | 163  | double dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0100   | 163  | double dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0101   | 163  | reimpose dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:on=$target
V163.0102   | 163  | reimpose dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,duties,duty} prep:against=$target
V163.0103   | 163  | ban dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,investments,transactions,flights,vessels,ships,tankers,transit,crude,gas,lng,coal,steel,chips,semiconductors,technology,components,grain,seafood,wine,beef}
V163.0104   | 163  | halt dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,investments,transactions,flights,vessels,ships,tankers,transit,crude,gas,lng,coal,steel,chips,semiconductors,technology,components,grain,seafood,wine,beef}
V163.0105   | 163  | suspend dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,investments,transactions,flights,vessels,ships,tankers,transit,crude,gas,lng,coal,steel,chips,semiconductors,technology,components,grain,seafood,wine,beef}
V163.0106   | 163  | stop dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,investments,transactions,flights,vessels,ships,tankers,transit,crude,gas,lng,coal,steel,chips,semiconductors,technology,components,grain,seafood,wine,beef}
V163.0107   | 163  | restrict dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,investments,transactions,flights,vessels,ships,tankers,transit,crude,gas,lng,coal,steel,chips,semiconductors,technology,components,grain,seafood,wine,beef}
V163.0108   | 163  | curb dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,investments,transactions,flights,vessels,ships,tankers,transit,crude,gas,lng,coal,steel,chips,semiconductors,technology,components,grain,seafood,wine,beef}
V163.0109   | 163  | limit dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,investments,transactions,flights,vessels,ships,tankers,transit,crude,gas,lng,coal,steel,chips,semiconductors,technology,components,grain,seafood,wine,beef}
V163.0110   | 163  | block dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,investments,transactions,flights,vessels,ships,tankers,transit,crude,gas,lng,coal,steel,chips,semiconductors,technology,components,grain,seafood,wine,beef}
V163.0111   | 163  | bar dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,investments,transactions,flights,vessels,ships,tankers,transit,crude,gas,lng,coal,steel,chips,semiconductors,technology,components,grain,seafood,wine,beef}
V163.0112   | 163  | prohibit dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,investments,transactions,flights,vessels,ships,tankers,transit,crude,gas,lng,coal,steel,chips,semiconductors,technology,components,grain,seafood,wine,beef}
V163.0113   | 163  | cut dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,investments,transactions,flights,vessels,ships,tankers,transit,crude,gas,lng,coal,steel,chips,semiconductors,technology,components,grain,seafood,wine,beef}
V163.0114   | 163  | embargo dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,investments,transactions,flights,vessels,ships,tankers,transit,crude,gas,lng,coal,steel,chips,semiconductors,technology,components,grain,seafood,wine,beef}
V163.0115   | 163  | ban dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:from=$target
V163.0116   | 163  | ban dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:to=$target
V163.0117   | 163  | ban dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:with=$target
V163.0118   | 163  | ban dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:by=$target
V163.0119   | 163  | ban dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:of=$target
V163.0120   | 163  | halt dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:from=$target
V163.0121   | 163  | halt dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:to=$target
V163.0122   | 163  | halt dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:with=$target
V163.0123   | 163  | halt dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:by=$target
V163.0124   | 163  | halt dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:of=$target
V163.0125   | 163  | suspend dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:from=$target
V163.0126   | 163  | suspend dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:to=$target
V163.0127   | 163  | suspend dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:with=$target
V163.0128   | 163  | suspend dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:by=$target
V163.0129   | 163  | suspend dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:of=$target
V163.0130   | 163  | stop dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:from=$target
V163.0131   | 163  | stop dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:to=$target
V163.0132   | 163  | stop dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:with=$target
V163.0133   | 163  | stop dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:by=$target
V163.0134   | 163  | stop dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:of=$target
V163.0135   | 163  | restrict dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:from=$target
V163.0136   | 163  | restrict dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:to=$target
V163.0137   | 163  | restrict dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:with=$target
V163.0138   | 163  | restrict dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:by=$target
V163.0139   | 163  | restrict dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:of=$target
V163.0140   | 163  | curb dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:from=$target
V163.0141   | 163  | curb dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:to=$target
V163.0142   | 163  | curb dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:with=$target
V163.0143   | 163  | curb dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:by=$target
V163.0144   | 163  | curb dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:of=$target
V163.0145   | 163  | block dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:from=$target
V163.0146   | 163  | block dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:to=$target
V163.0147   | 163  | block dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:with=$target
V163.0148   | 163  | block dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:by=$target
V163.0149   | 163  | block dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:of=$target
V163.0150   | 163  | bar dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:from=$target
V163.0151   | 163  | bar dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:to=$target
V163.0152   | 163  | bar dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:with=$target
V163.0153   | 163  | bar dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:by=$target
V163.0154   | 163  | bar dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:of=$target
V163.0155   | 163  | prohibit dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:from=$target
V163.0156   | 163  | prohibit dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:to=$target
V163.0157   | 163  | prohibit dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:with=$target
V163.0158   | 163  | prohibit dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:by=$target
V163.0159   | 163  | prohibit dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:of=$target
V163.0160   | 163  | cut dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:from=$target
V163.0161   | 163  | cut dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:to=$target
V163.0162   | 163  | cut dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:with=$target
V163.0163   | 163  | cut dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:by=$target
V163.0164   | 163  | cut dobj={imports,exports,import,export,trade,goods,products,oil,shipments,purchases,sales,investment,transactions,flights,vessels,ships,tankers,shipping,transit,crude,gas} prep:of=$target
V163.0165   | 163  | freeze dobj={assets,funds,accounts,reserves,holdings,property,properties,wealth,fortune,yachts}
V163.0166   | 163  | block dobj={assets,funds,accounts,reserves,holdings,property,properties,wealth,fortune,yachts}
V163.0167   | 163  | freeze dobj={assets,funds,accounts,reserves,holdings,property} prep:of=$target
V163.0168   | 163  | cut_off dobj={gas,oil,energy,pipeline} prep:to=$target
V163.0169   | 163  | shut_off dobj={gas,oil,energy,pipeline} prep:to=$target
V163.0170   | 163  | halt dobj={gas,oil,energy,pipeline} prep:to=$target
V163.0171   | 163  | stop dobj={gas,oil,energy,pipeline} prep:to=$target
V163.0172   | 163  | suspend dobj={gas,oil,energy,pipeline} prep:to=$target
V163.0173   | 163  | cut_off dobj={gas,oil,energy}
V163.0174   | 163  | shut_off dobj={gas,oil,energy}
V163.0175   | 163  | cut_off dobj=$target prep:from={swift,market,markets,system,dollar,trade}
V163.0176   | 163  | exclude dobj=$target prep:from={swift,market,markets,system,dollar,trade}
V163.0177   | 163  | disconnect dobj=$target prep:from={swift,market,markets,system,dollar,trade}
V163.0178   | 163  | kick_out dobj=$target prep:from={swift,market,markets,system,dollar,trade}
V163.0179   | 163  | designate dobj=$target prep:as={terrorist,terrorists,organization,organisation,group,sponsor,entity,threat,adversary,risk}
V163.0180   | 163  | list dobj=$target prep:as={terrorist,terrorists,organization,organisation,group,sponsor,entity,threat,adversary,risk}
V163.0181   | 163  | blacklist dobj=$target prep:as={terrorist,terrorists,organization,organisation,group,sponsor,entity,threat,adversary,risk}
V163.0182   | 163  | classify dobj=$target prep:as={terrorist,terrorists,organization,organisation,group,sponsor,entity,threat,adversary,risk}
V163.0183   | 163  | add dobj=$target prep:to={list,blacklist,entity}
V163.0184   | 163  | nationalize dobj={assets,companies,firms,subsidiaries,stakes} prep:of=$target
V163.0185   | 163  | nationalise dobj={assets,companies,firms,subsidiaries,stakes} prep:of=$target
V163.0186   | 163  | expropriate dobj={assets,companies,firms,subsidiaries,stakes} prep:of=$target

V164.0001   | 164  | suspend dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}   # halts negotiations
V164.0002   | 164  | halt dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0003   | 164  | break_off dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0004   | 164  | end dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0005   | 164  | freeze dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0006   | 164  | call_off dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0007   | 164  | cancel dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0008   | 164  | abandon dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0009   | 164  | pause dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0010   | 164  | postpone dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0011   | 164  | terminate dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0012   | 164  | scrap dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0013   | 164  | shelve dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0014   | 164  | adjourn dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0015   | 164  | cut_off dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0016   | 164  | stop dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0017   | 164  | quit dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0018   | 164  | derail dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0019   | 164  | torpedo dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0020   | 164  | scuttle dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0021   | 164  | collapse dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0022   | 164  | delay dobj={talks,talk,negotiations,negotiation,dialogue,meeting,summit,consultations,discussions,process,round,track}
V164.0023   | 164  | suspend dobj={talks,negotiations,dialogue,meeting,summit,consultations,discussions} prep:with=$target
V164.0024   | 164  | halt dobj={talks,negotiations,dialogue,meeting,summit,consultations,discussions} prep:with=$target
V164.0025   | 164  | break_off dobj={talks,negotiations,dialogue,meeting,summit,consultations,discussions} prep:with=$target
V164.0026   | 164  | end dobj={talks,negotiations,dialogue,meeting,summit,consultations,discussions} prep:with=$target
V164.0027   | 164  | freeze dobj={talks,negotiations,dialogue,meeting,summit,consultations,discussions} prep:with=$target
V164.0028   | 164  | call_off dobj={talks,negotiations,dialogue,meeting,summit,consultations,discussions} prep:with=$target
V164.0029   | 164  | cancel dobj={talks,negotiations,dialogue,meeting,summit,consultations,discussions} prep:with=$target
V164.0030   | 164  | abandon dobj={talks,negotiations,dialogue,meeting,summit,consultations,discussions} prep:with=$target
V164.0031   | 164  | pause dobj={talks,negotiations,dialogue,meeting,summit,consultations,discussions} prep:with=$target
V164.0032   | 164  | postpone dobj={talks,negotiations,dialogue,meeting,summit,consultations,discussions} prep:with=$target
V164.0033   | 164  | terminate dobj={talks,negotiations,dialogue,meeting,summit,consultations,discussions} prep:with=$target
V164.0034   | 164  | stop dobj={talks,negotiations,dialogue,meeting,summit,consultations,discussions} prep:with=$target
V164.0035   | 164  | walk_out prep:of={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0036   | 164  | walk_out prep:from={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0037   | 164  | storm_out prep:of={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0038   | 164  | storm_out prep:from={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0039   | 164  | pull_out prep:of={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0040   | 164  | pull_out prep:from={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0041   | 164  | drop_out prep:of={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0042   | 164  | drop_out prep:from={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0043   | 164  | withdraw prep:of={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0044   | 164  | withdraw prep:from={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0045   | 164  | walk_away prep:of={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0046   | 164  | walk_away prep:from={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0047   | 164  | exit prep:of={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0048   | 164  | exit prep:from={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0049   | 164  | quit prep:of={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0050   | 164  | quit prep:from={talks,negotiations,dialogue,meeting,summit,process,discussions,consultations,conference}
V164.0051   | 164  | walk_away prep:from={table}
V164.0052   | 164  | leave dobj={talks,negotiations,table,meeting,summit}
V164.0053   | 164  | n:suspension prep:of={talks,negotiations,dialogue}
V164.0054   | 164  | n:collapse prep:of={talks,negotiations}
V164.0055   | 164  | n:breakdown prep:in={talks,negotiations}
V164.0056   | 164  | cancel dobj={visit,trip,tour}
V164.0057   | 164  | call_off dobj={visit,trip,tour}
V164.0058   | 164  | postpone dobj={visit,trip,tour}
V164.0059   | 164  | scrap dobj={visit,trip,tour}
V164.0060   | 164  | shelve dobj={visit,trip,tour}

V165.0001   | 165  | suspend dobj={mediation,role,efforts,effort,facilitation,shuttle}   # halts mediation
V165.0002   | 165  | end dobj={mediation,role,efforts,effort,facilitation,shuttle}
V165.0003   | 165  | halt dobj={mediation,role,efforts,effort,facilitation,shuttle}
V165.0004   | 165  | abandon dobj={mediation,role,efforts,effort,facilitation,shuttle}
V165.0005   | 165  | pause dobj={mediation,role,efforts,effort,facilitation,shuttle}
V165.0006   | 165  | quit dobj={mediation,role,efforts,effort,facilitation,shuttle}
V165.0007   | 165  | stop dobj={mediation,role,efforts,effort,facilitation,shuttle}
V165.0008   | 165  | terminate dobj={mediation,role,efforts,effort,facilitation,shuttle}
V165.0009   | 165  | freeze dobj={mediation,role,efforts,effort,facilitation,shuttle}
V165.0010   | 165  | give_up dobj={mediation,role,efforts,effort,facilitation,shuttle}
V165.0011   | 165  | wind_down dobj={mediation,role,efforts,effort,facilitation,shuttle}
V165.0012   | 165  | withdraw prep:from={mediation,role,efforts}
V165.0013   | 165  | withdraw prep:of={mediation,role,efforts}
V165.0014   | 165  | step_back prep:from={mediation,role,efforts}
V165.0015   | 165  | step_back prep:of={mediation,role,efforts}
V165.0016   | 165  | step_away prep:from={mediation,role,efforts}
V165.0017   | 165  | step_away prep:of={mediation,role,efforts}
V165.0018   | 165  | pull_out prep:from={mediation,role,efforts}
V165.0019   | 165  | pull_out prep:of={mediation,role,efforts}
V165.0020   | 165  | back_out prep:from={mediation,role,efforts}
V165.0021   | 165  | back_out prep:of={mediation,role,efforts}
V165.0022   | 165  | exit prep:from={mediation,role,efforts}
V165.0023   | 165  | exit prep:of={mediation,role,efforts}

V166.0001   | 166  | expel dobj={company,companies,firms,delegation,delegations,media,outlet,outlets,bureau,contractors,military,bases}   # expels or withdraws
V166.0002   | 166  | evict dobj={company,companies,firms,delegation,delegations,media,outlet,outlets,bureau,contractors,military,bases}
V166.0003   | 166  | kick_out dobj={company,companies,firms,delegation,delegations,media,outlet,outlets,bureau,contractors,military,bases}
V166.0004   | 166  | eject dobj={company,companies,firms,delegation,delegations,media,outlet,outlets,bureau,contractors,military,bases}
V166.0005   | 166  | oust dobj={company,companies,firms,delegation,delegations,media,outlet,outlets,bureau,contractors,military,bases}
V166.0006   | 166  | banish dobj={company,companies,firms,delegation,delegations,media,outlet,outlets,bureau,contractors,military,bases}
V166.0007   | 166  | withdraw dobj={staff,workers,employees,contractors,dependents,trainers,advisers,advisors,specialists}
V166.0008   | 166  | pull_out dobj={staff,workers,employees,contractors,dependents,trainers,advisers,advisors,specialists}
V166.0009   | 166  | evacuate dobj={staff,workers,employees,contractors,dependents,trainers,advisers,advisors,specialists}
V166.0010   | 166  | recall dobj={staff,workers,employees,contractors,dependents,trainers,advisers,advisors,specialists}
V166.0011   | 166  | relocate dobj={staff,workers,employees,contractors,dependents,trainers,advisers,advisors,specialists}
V166.0012   | 166  | remove dobj={staff,workers,employees,contractors,dependents,trainers,advisers,advisors,specialists}
V166.0013   | 166  | withdraw dobj={staff,workers,employees,contractors,dependents} prep:from=$target
V166.0014   | 166  | pull_out dobj={staff,workers,employees,contractors,dependents} prep:from=$target
V166.0015   | 166  | evacuate dobj={staff,workers,employees,contractors,dependents} prep:from=$target
V166.0016   | 166  | recall dobj={staff,workers,employees,contractors,dependents} prep:from=$target
V166.0017   | 166  | relocate dobj={staff,workers,employees,contractors,dependents} prep:from=$target
V166.0018   | 166  | close dobj={base,bases,facility,facilities,office,offices,bureau,bureaus,branch,branches,centre,center,institute,institutes}
V166.0019   | 166  | shut dobj={base,bases,facility,facilities,office,offices,bureau,bureaus,branch,branches,centre,center,institute,institutes}
V166.0020   | 166  | shut_down dobj={base,bases,facility,facilities,office,offices,bureau,bureaus,branch,branches,centre,center,institute,institutes}
V166.0021   | 166  | order dobj={company,companies,delegation,media,outlet,bureau,contractors,firms,military,forces,troops} xcomp={leave,close,withdraw,depart,go}
V166.0022   | 166  | force dobj={company,companies,delegation,media,outlet,bureau,contractors,firms,military,forces,troops} xcomp={leave,close,withdraw,depart,go}
V166.0023   | 166  | evacuate dobj={embassy,consulate,mission}

V160.0001   | 160  | suspend dobj={cooperation,contacts,engagement,exchanges,membership,participation,involvement,partnership,programs,programmes,visits,coordination}   # reduces relations
V160.0002   | 160  | freeze dobj={cooperation,contacts,engagement,exchanges,membership,participation,involvement,partnership,programs,programmes,visits,coordination}
V160.0003   | 160  | reduce dobj={cooperation,contacts,engagement,exchanges,membership,participation,involvement,partnership,programs,programmes,visits,coordination}
V160.0004   | 160  | curtail dobj={cooperation,contacts,engagement,exchanges,membership,participation,involvement,partnership,programs,programmes,visits,coordination}
V160.0005   | 160  | scale_back dobj={cooperation,contacts,engagement,exchanges,membership,participation,involvement,partnership,programs,programmes,visits,coordination}
V160.0006   | 160  | downgrade dobj={cooperation,contacts,engagement,exchanges,membership,participation,involvement,partnership,programs,programmes,visits,coordination}
V160.0007   | 160  | limit dobj={cooperation,contacts,engagement,exchanges,membership,participation,involvement,partnership,programs,programmes,visits,coordination}
V160.0008   | 160  | halt dobj={cooperation,contacts,engagement,exchanges,membership,participation,involvement,partnership,programs,programmes,visits,coordination}
V160.0009   | 160  | end dobj={cooperation,contacts,engagement,exchanges,membership,participation,involvement,partnership,programs,programmes,visits,coordination}
V160.0010   | 160  | cut dobj={cooperation,contacts,engagement,exchanges,membership,participation,involvement,partnership,programs,programmes,visits,coordination}
V160.0011   | 160  | suspend dobj={cooperation,contacts,engagement,exchanges,partnership,coordination} prep:with=$target
V160.0012   | 160  | freeze dobj={cooperation,contacts,engagement,exchanges,partnership,coordination} prep:with=$target
V160.0013   | 160  | reduce dobj={cooperation,contacts,engagement,exchanges,partnership,coordination} prep:with=$target
V160.0014   | 160  | curtail dobj={cooperation,contacts,engagement,exchanges,partnership,coordination} prep:with=$target
V160.0015   | 160  | scale_back dobj={cooperation,contacts,engagement,exchanges,partnership,coordination} prep:with=$target
V160.0016   | 160  | halt dobj={cooperation,contacts,engagement,exchanges,partnership,coordination} prep:with=$target
V160.0017   | 160  | end dobj={cooperation,contacts,engagement,exchanges,partnership,coordination} prep:with=$target
V160.0018   | 160  | cut dobj={cooperation,contacts,engagement,exchanges,partnership,coordination} prep:with=$target
V160.0019   | 160  | withdraw prep:from={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,program,programme,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement,moratorium}
V160.0020   | 160  | pull_out prep:from={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,program,programme,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement,moratorium}
V160.0021   | 160  | exit prep:from={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,program,programme,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement,moratorium}
V160.0022   | 160  | pull_out prep:of={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,program,programme,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement,moratorium}
V160.0023   | 160  | quit dobj={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement}
V160.0024   | 160  | leave dobj={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement}
V160.0025   | 160  | exit dobj={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement}
V160.0026   | 160  | abandon dobj={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement}
V160.0027   | 160  | renounce dobj={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement}
V160.0028   | 160  | scrap dobj={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement}
V160.0029   | 160  | tear_up dobj={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement}
V160.0030   | 160  | rip_up dobj={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement}
V160.0031   | 160  | annul dobj={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement}
V160.0032   | 160  | abrogate dobj={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement}
V160.0033   | 160  | suspend dobj={treaty,agreement,deal,accord,pact,participation,membership,implementation}
V160.0034   | 160  | freeze dobj={treaty,agreement,deal,accord,pact,participation,membership,implementation}
V160.0035   | 160  | expel dobj=$target prep:from={organization,organisation,alliance,bloc,union,body,group,commonwealth,league,club,forum,games,grouping,tournament,federation}
V160.0036   | 160  | suspend dobj=$target prep:from={organization,organisation,alliance,bloc,union,body,group,commonwealth,league,club,forum,games,grouping,tournament,federation}
V160.0037   | 160  | exclude dobj=$target prep:from={organization,organisation,alliance,bloc,union,body,group,commonwealth,league,club,forum,games,grouping,tournament,federation}
V160.0038   | 160  | eject dobj=$target prep:from={organization,organisation,alliance,bloc,union,body,group,commonwealth,league,club,forum,games,grouping,tournament,federation}
V160.0039   | 160  | kick_out dobj=$target prep:from={organization,organisation,alliance,bloc,union,body,group,commonwealth,league,club,forum,games,grouping,tournament,federation}
V160.0040   | 160  | bar dobj=$target prep:from={organization,organisation,alliance,bloc,union,body,group,commonwealth,league,club,forum,games,grouping,tournament,federation}
V160.0041   | 160  | snub dobj=$target
V160.0042   | 160  | shun dobj=$target
V160.0043   | 160  | ostracize dobj=$target
V160.0044   | 160  | ostracise dobj=$target
V160.0045   | 160  | cold-shoulder dobj=$target
V160.0046   | 160  | isolate dobj=$target
V160.0047   | 160  | snub dobj={ceremony,forum,event,celebration,parade,inauguration}
V160.0048   | 160  | cancel dobj={event,exercise,exercises,cooperation,exchange,exchanges}
V160.0049   | 160  | call_off dobj={event,exercise,exercises,cooperation,exchange,exchanges}
V160.0050   | 160  | postpone dobj={event,exercise,exercises,cooperation,exchange,exchanges}
V160.0051   | 160  | scrap dobj={event,exercise,exercises,cooperation,exchange,exchanges}
V160.0052   | 160  | distance dobj={itself,themselves,himself,herself} prep:from=$target
V160.0053   | 160  | turn_away prep:from=$target
V160.0054   | 160  | close dobj={airspace,border,borders,ports} prep:to=$target
V160.0055   | 160  | deny dobj={visa,visas,entry,permission,landing,overflight} prep:to=$target
V160.0056   | 160  | refuse dobj={visa,visas,entry,permission,landing,overflight} prep:to=$target
V160.0057   | 160  | revoke dobj={visa,visas,entry,permission,landing,overflight} prep:to=$target
V160.0058   | 160  | cancel dobj={visa,visas,entry,permission,landing,overflight} prep:to=$target
V160.0059   | 160  | deny iobj=$target dobj={visa,visas,entry,permission,landing,overflight}
V160.0060   | 160  | refuse iobj=$target dobj={visa,visas,entry,permission,landing,overflight}
V160.0061   | 160  | n:withdrawal prep:from={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,program,programme,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement,moratorium}
V160.0062   | 160  | n:exit prep:from={treaty,agreement,deal,accord,pact,organization,organisation,alliance,union,council,convention,coalition,body,court,bloc,group,initiative,program,programme,framework,partnership,protocol,charter,forum,mechanism,commission,commonwealth,league,compact,arrangement,moratorium}
V160.0063   | 160  | n:suspension prep:of={membership,cooperation,participation}

# Added in the 2026-11 review.
V160.7001   | 160  | n:suspension prep:of={link,links,flight,flights,ties,relations,cooperation,contact,contacts,trade,service,services}   # suspends links with
V160.7002   | 160  | announce dobj={suspension,severance,freeze} prep:of={link,links,flight,flights,ties,relations,cooperation,contact,contacts}
V162.7001   | 162  | suspend dobj={delivery,deliveries,aid,assistance,operation,operations,shipment,shipments,relief,distribution,distributions,programme,program,funding,loan,loans}   # suspends aid
V162.7002   | 162  | suspend dobj={part,portion,most,payment,payments,disbursement,disbursements} prep:of={aid,assistance,program,programme,funding,loan,loans}
V166.7001   | 166  | force dobj=* prep:out=*   # forces an organization out of the country
