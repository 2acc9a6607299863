# Verb and event-noun patterns for CAMEO root 07 (provide aid).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V071.0001   | 071  | provide dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus} prep:to=$target   # provide economic aid
V071.0002   | 071  | send dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus} prep:to=$target
V071.0003   | 071  | give dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus} prep:to=$target
V071.0004   | 071  | extend dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus} prep:to=$target
V071.0005   | 071  | grant dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus} prep:to=$target
V071.0006   | 071  | lend dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus} prep:to=$target
V071.0007   | 071  | transfer dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus} prep:to=$target
V071.0008   | 071  | disburse dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus} prep:to=$target
V071.0009   | 071  | release dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus} prep:to=$target
V071.0010   | 071  | allocate dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus} prep:to=$target
V071.0011   | 071  | approve dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus} prep:to=$target
V071.0012   | 071  | wire dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus} prep:to=$target
V071.0013   | 071  | channel dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus} prep:to=$target
V071.0014   | 071  | provide dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0015   | 071  | extend dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0016   | 071  | grant dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0017   | 071  | lend dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0018   | 071  | disburse dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0019   | 071  | allocate dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0020   | 071  | approve dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0021   | 071  | release dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0022   | 071  | transfer dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0023   | 071  | give iobj=$target dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0024   | 071  | grant iobj=$target dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0025   | 071  | lend iobj=$target dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0026   | 071  | extend iobj=$target dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0027   | 071  | provide iobj=$target dobj={loan,loans,credit,credits,funding,financing,bailout,grant,grants,money,cash,fund,funds,budget,subsidy,subsidies,debt,payment,payments,stimulus}
V071.0028   | 071  | lend dobj=* prep:to=$target
V071.0029   | 071  | loan dobj=* prep:to=$target
V071.0030   | 071  | lend iobj=$target dobj=*
V071.0031   | 071  | loan iobj=$target dobj=*
V071.0032   | 071  | disburse dobj=*
V071.0033   | 071  | forgive dobj={debt,debts,loan,loans,obligations,arrears,repayments,payments,interest}
V071.0034   | 071  | cancel dobj={debt,debts,loan,loans,obligations,arrears,repayments,payments,interest}
V071.0035   | 071  | write_off dobj={debt,debts,loan,loans,obligations,arrears,repayments,payments,interest}
V071.0036   | 071  | waive dobj={debt,debts,loan,loans,obligations,arrears,repayments,payments,interest}
V071.0037   | 071  | restructure dobj={debt,debts,loan,loans,obligations,arrears,repayments,payments,interest}
V071.0038   | 071  | reschedule dobj={debt,debts,loan,loans,obligations,arrears,repayments,payments,interest}
V071.0039   | 071  | relieve dobj={debt,debts,loan,loans,obligations,arrears,repayments,payments,interest}
V071.0040   | 071  | defer dobj={debt,debts,loan,loans,obligations,arrears,repayments,payments,interest}
V071.0041   | 071  | fund dobj=*
V071.0042   | 071  | finance dobj=*
V071.0043   | 071  | bankroll dobj=*
V071.0044   | 071  | subsidize dobj=*
V071.0045   | 071  | subsidise dobj=*
V071.0046   | 071  | underwrite dobj=*
V071.0047   | 071  | capitalize dobj=*
V071.0048   | 071  | capitalise dobj=*
V071.0049   | 071  | bail_out dobj={economy,bank,banks,government,country,state}
V071.0050   | 071  | rescue dobj={economy,bank,banks,government,country,state}
V071.0051   | 071  | bail_out dobj=*
V071.0052   | 071  | approve dobj={bailout,loan,loans,credit,package,programme,program,tranche,grant,disbursement,financing,funding,stimulus}
V071.0053   | 071  | sign dobj={bailout,loan,loans,credit,package,programme,program,tranche,grant,disbursement,financing,funding,stimulus}
V071.0054   | 071  | unveil dobj={bailout,loan,loans,credit,package,programme,program,tranche,grant,disbursement,financing,funding,stimulus}
V071.0055   | 071  | announce dobj={bailout,loan,loans,credit,package,programme,program,tranche,grant,disbursement,financing,funding,stimulus}
V071.0056   | 071  | agree dobj={bailout,loan,loans,credit,package,programme,program,tranche,grant,disbursement,financing,funding,stimulus}
V071.0057   | 071  | approve dobj={tranche}
V071.0058   | 071  | release dobj={tranche}
V071.0059   | 071  | unlock dobj={tranche}
V071.0060   | 071  | disburse dobj={tranche}
V071.0061   | 071  | support dobj=$target prep:with={money,funds,funding,cash,loans,loan,credit,grants,financing}

V072.0001   | 072  | provide dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,hardware,materiel,system,systems,aircraft,f-16,f-16s,f-35,air-defence,air-defense,patriot,patriots,himars,atacms,taurus,leopard,leopards,abrams,javelins,stingers} prep:to=$target   # provide military aid
V072.0002   | 072  | supply dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,hardware,materiel,system,systems,aircraft,f-16,f-16s,f-35,air-defence,air-defense,patriot,patriots,himars,atacms,taurus,leopard,leopards,abrams,javelins,stingers} prep:to=$target
V072.0003   | 072  | send dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,hardware,materiel,system,systems,aircraft,f-16,f-16s,f-35,air-defence,air-defense,patriot,patriots,himars,atacms,taurus,leopard,leopards,abrams,javelins,stingers} prep:to=$target
V072.0004   | 072  | deliver dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,hardware,materiel,system,systems,aircraft,f-16,f-16s,f-35,air-defence,air-defense,patriot,patriots,himars,atacms,taurus,leopard,leopards,abrams,javelins,stingers} prep:to=$target
V072.0005   | 072  | give dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,hardware,materiel,system,systems,aircraft,f-16,f-16s,f-35,air-defence,air-defense,patriot,patriots,himars,atacms,taurus,leopard,leopards,abrams,javelins,stingers} prep:to=$target
V072.0006   | 072  | transfer dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,hardware,materiel,system,systems,aircraft,f-16,f-16s,f-35,air-defence,air-defense,patriot,patriots,himars,atacms,taurus,leopard,leopards,abrams,javelins,stingers} prep:to=$target
V072.0007   | 072  | ship dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,hardware,materiel,system,systems,aircraft,f-16,f-16s,f-35,air-defence,air-defense,patriot,patriots,himars,atacms,taurus,leopard,leopards,abrams,javelins,stingers} prep:to=$target
V072.0008   | 072  | donate dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,hardware,materiel,system,systems,aircraft,f-16,f-16s,f-35,air-defence,air-defense,patriot,patriots,himars,atacms,taurus,leopard,leopards,abrams,javelins,stingers} prep:to=$target
V072.0009   | 072  | dispatch dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,hardware,materiel,system,systems,aircraft,f-16,f-16s,f-35,air-defence,air-defense,patriot,patriots,himars,atacms,taurus,leopard,leopards,abrams,javelins,stingers} prep:to=$target
V072.0010   | 072  | rush dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,hardware,materiel,system,systems,aircraft,f-16,f-16s,f-35,air-defence,air-defense,patriot,patriots,himars,atacms,taurus,leopard,leopards,abrams,javelins,stingers} prep:to=$target
V072.0011   | 072  | hand_over dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,hardware,materiel,system,systems,aircraft,f-16,f-16s,f-35,air-defence,air-defense,patriot,patriots,himars,atacms,taurus,leopard,leopards,abrams,javelins,stingers} prep:to=$target
V072.0012   | 072  | furnish dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,hardware,materiel,system,systems,aircraft,f-16,f-16s,f-35,air-defence,air-defense,patriot,patriots,himars,atacms,taurus,leopard,leopards,abrams,javelins,stingers} prep:to=$target
V072.0013   | 072  | provide dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel,himars,atacms,patriot,patriots,f-16,f-16s,javelins,stingers}
V072.0014   | 072  | supply dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel,himars,atacms,patriot,patriots,f-16,f-16s,javelins,stingers}
V072.0015   | 072  | send dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel,himars,atacms,patriot,patriots,f-16,f-16s,javelins,stingers}
V072.0016   | 072  | deliver dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel,himars,atacms,patriot,patriots,f-16,f-16s,javelins,stingers}
V072.0017   | 072  | give dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel,himars,atacms,patriot,patriots,f-16,f-16s,javelins,stingers}
V072.0018   | 072  | transfer dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel,himars,atacms,patriot,patriots,f-16,f-16s,javelins,stingers}
V072.0019   | 072  | ship dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel,himars,atacms,patriot,patriots,f-16,f-16s,javelins,stingers}
V072.0020   | 072  | donate dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel,himars,atacms,patriot,patriots,f-16,f-16s,javelins,stingers}
V072.0021   | 072  | dispatch dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel,himars,atacms,patriot,patriots,f-16,f-16s,javelins,stingers}
V072.0022   | 072  | rush dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel,himars,atacms,patriot,patriots,f-16,f-16s,javelins,stingers}
V072.0023   | 072  | furnish dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel,himars,atacms,patriot,patriots,f-16,f-16s,javelins,stingers}
V072.0024   | 072  | give iobj=$target dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel}
V072.0025   | 072  | send iobj=$target dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel}
V072.0026   | 072  | provide iobj=$target dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel}
V072.0027   | 072  | supply iobj=$target dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,materiel}
V072.0028   | 072  | arm dobj=$target
V072.0029   | 072  | rearm dobj=$target
V072.0030   | 072  | equip dobj=$target
V072.0031   | 072  | arm dobj=*
V072.0032   | 072  | equip dobj=*
V072.0033   | 072  | equip dobj=$target prep:with={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,materiel,intelligence,training}
V072.0034   | 072  | supply dobj=$target prep:with={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,materiel,intelligence,training}
V072.0035   | 072  | support dobj=$target prep:with={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,materiel,intelligence,training}
V072.0036   | 072  | provide dobj=$target prep:with={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,ammo,equipment,materiel,intelligence,training}
V072.0037   | 072  | train dobj={troops,soldiers,forces,pilots,officers,personnel,units,recruits,fighters,army,military,police,commandos,crews,brigades,brigade,marines}
V072.0038   | 072  | train dobj=$target
V072.0039   | 072  | send dobj={instructors,advisers,advisors,trainers,specialists} prep:to=$target
V072.0040   | 072  | deploy dobj={instructors,advisers,advisors,trainers,specialists} prep:to=$target
V072.0041   | 072  | dispatch dobj={instructors,advisers,advisors,trainers,specialists} prep:to=$target
V072.0042   | 072  | send dobj={instructors,advisers,advisors,trainers}
V072.0043   | 072  | deploy dobj={instructors,advisers,advisors,trainers}
V072.0044   | 072  | dispatch dobj={instructors,advisers,advisors,trainers}
V072.0045   | 072  | approve dobj={sale,sales,transfer,transfers,delivery,deliveries,shipment,shipments,export,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,systems,equipment}
V072.0046   | 072  | authorize dobj={sale,sales,transfer,transfers,delivery,deliveries,shipment,shipments,export,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,systems,equipment}
V072.0047   | 072  | authorise dobj={sale,sales,transfer,transfers,delivery,deliveries,shipment,shipments,export,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,systems,equipment}
V072.0048   | 072  | clear dobj={sale,sales,transfer,transfers,delivery,deliveries,shipment,shipments,export,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,systems,equipment}
V072.0049   | 072  | greenlight dobj={sale,sales,transfer,transfers,delivery,deliveries,shipment,shipments,export,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,systems,equipment}
V072.0050   | 072  | okay dobj={sale,sales,transfer,transfers,delivery,deliveries,shipment,shipments,export,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,systems,equipment}
V072.0051   | 072  | sign dobj={sale,sales,transfer,transfers,delivery,deliveries,shipment,shipments,export,exports} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,systems,equipment}
V072.0052   | 072  | approve dobj={package} prep:of={weapons,arms,military}
V072.0053   | 072  | authorize dobj={package} prep:of={weapons,arms,military}
V072.0054   | 072  | authorise dobj={package} prep:of={weapons,arms,military}
V072.0055   | 072  | announce dobj={package} prep:of={weapons,arms,military}
V072.0056   | 072  | unveil dobj={package} prep:of={weapons,arms,military}
V072.0057   | 072  | sign dobj={package} prep:of={weapons,arms,military}
V072.0058   | 072  | step_up dobj={deliveries,supplies,shipments} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V072.0059   | 072  | ramp_up dobj={deliveries,supplies,shipments} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V072.0060   | 072  | increase dobj={deliveries,supplies,shipments} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V072.0061   | 072  | speed_up dobj={deliveries,supplies,shipments} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V072.0062   | 072  | accelerate dobj={deliveries,supplies,shipments} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V072.0063   | 072  | expand dobj={deliveries,supplies,shipments} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V072.0064   | 072  | boost dobj={deliveries,supplies,shipments} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V072.0065   | 072  | resume dobj={deliveries,shipments} prep:of={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V072.0066   | 072  | lift dobj={restrictions,limits} prep:on={use,weapons,missiles,strikes}
V072.0067   | 072  | ease dobj={restrictions,limits} prep:on={use,weapons,missiles,strikes}
V072.0068   | 072  | allow dobj=$target xcomp={use,strike,fire}
V072.0069   | 072  | authorize dobj=$target xcomp={use,strike,fire}
V072.0070   | 072  | authorise dobj=$target xcomp={use,strike,fire}
V072.0071   | 072  | permit dobj=$target xcomp={use,strike,fire}

V073.0001   | 073  | provide dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target   # provide humanitarian aid
V073.0002   | 073  | send dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0003   | 073  | deliver dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0004   | 073  | give dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0005   | 073  | supply dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0006   | 073  | ship dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0007   | 073  | dispatch dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0008   | 073  | airlift dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0009   | 073  | airdrop dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0010   | 073  | truck dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0011   | 073  | distribute dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0012   | 073  | donate dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0013   | 073  | rush dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0014   | 073  | bring dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0015   | 073  | fly dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0016   | 073  | drop dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,kits,rations,doses,medical} prep:to=$target
V073.0017   | 073  | provide dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,doses,kits}
V073.0018   | 073  | send dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,doses,kits}
V073.0019   | 073  | deliver dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,doses,kits}
V073.0020   | 073  | give dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,doses,kits}
V073.0021   | 073  | supply dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,doses,kits}
V073.0022   | 073  | ship dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,doses,kits}
V073.0023   | 073  | dispatch dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,doses,kits}
V073.0024   | 073  | airlift dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,doses,kits}
V073.0025   | 073  | airdrop dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,doses,kits}
V073.0026   | 073  | distribute dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,doses,kits}
V073.0027   | 073  | donate dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,doses,kits}
V073.0028   | 073  | rush dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,doses,kits}
V073.0029   | 073  | bring dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,rations,doses,kits}
V073.0030   | 073  | give iobj=$target dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,doses}
V073.0031   | 073  | send iobj=$target dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,doses}
V073.0032   | 073  | provide iobj=$target dobj={food,medicine,medicines,vaccine,vaccines,shelter,tent,tents,blanket,blankets,water,relief,flour,fuel,doses}
V073.0033   | 073  | airlift dobj=*
V073.0034   | 073  | airdrop dobj=*
V073.0035   | 073  | para-drop dobj=*
V073.0036   | 073  | evacuate dobj={civilians,people,residents,wounded,injured,children,patients,refugees,citizens,nationals,survivors,orphans,sick,casualties,evacuees,students,foreigners}
V073.0037   | 073  | rescue dobj={migrants,refugees,survivors,people,civilians,passengers,crew,children,victims,residents,fishermen,sailors,villagers}
V073.0038   | 073  | save dobj={migrants,refugees,survivors,people,civilians,passengers,crew,children,victims,residents,fishermen,sailors,villagers}
V073.0039   | 073  | rescue dobj=*
V073.0040   | 073  | house dobj=*
V073.0041   | 073  | accommodate dobj=*
V073.0042   | 073  | feed dobj=*
V073.0043   | 073  | vaccinate dobj=*
V073.0044   | 073  | immunize dobj=*
V073.0045   | 073  | immunise dobj=*
V073.0046   | 073  | inoculate dobj=*
V073.0047   | 073  | treat dobj={wounded,injured,patients,victims,casualties,sick,refugees,survivors}
V073.0048   | 073  | care_for dobj={wounded,injured,patients,victims,casualties,sick,refugees,survivors}
V073.0049   | 073  | send dobj={teams,rescuers,doctors,medics,experts,firefighters,hospital,workers,volunteers} prep:to=$target
V073.0050   | 073  | deploy dobj={teams,rescuers,doctors,medics,experts,firefighters,hospital,workers,volunteers} prep:to=$target
V073.0051   | 073  | dispatch dobj={teams,rescuers,doctors,medics,experts,firefighters,hospital,workers,volunteers} prep:to=$target
V073.0052   | 073  | set_up dobj={camp,camps,hospital,hospitals,shelter,shelters,clinic,clinics,kitchen,kitchens} prep:for={refugees,displaced,civilians,victims,survivors,migrants,people,evacuees}
V073.0053   | 073  | open dobj={camp,camps,hospital,hospitals,shelter,shelters,clinic,clinics,kitchen,kitchens} prep:for={refugees,displaced,civilians,victims,survivors,migrants,people,evacuees}
V073.0054   | 073  | build dobj={camp,camps,hospital,hospitals,shelter,shelters,clinic,clinics,kitchen,kitchens} prep:for={refugees,displaced,civilians,victims,survivors,migrants,people,evacuees}
V073.0055   | 073  | establish dobj={camp,camps,hospital,hospitals,shelter,shelters,clinic,clinics,kitchen,kitchens} prep:for={refugees,displaced,civilians,victims,survivors,migrants,people,evacuees}
V073.0056   | 073  | set_up dobj={camp,camps,hospital,shelter,shelters,clinic,field-hospital}
V073.0057   | 073  | open dobj={camp,camps,hospital,shelter,shelters,clinic,field-hospital}
V073.0058   | 073  | receive dobj={refugees,migrants,evacuees,displaced,asylum-seekers,survivors}
V073.0059   | 073  | absorb dobj={refugees,migrants,evacuees,displaced,asylum-seekers,survivors}

V074.0001   | 074  | deploy dobj={peacekeeper,peacekeepers,peacekeeping,helmets,monitors}   # provide peacekeeping or military protection
V074.0002   | 074  | send dobj={peacekeeper,peacekeepers,peacekeeping,helmets,monitors}
V074.0003   | 074  | dispatch dobj={peacekeeper,peacekeepers,peacekeeping,helmets,monitors}
V074.0004   | 074  | contribute dobj={peacekeeper,peacekeepers,peacekeeping,helmets,monitors}
V074.0005   | 074  | commit dobj={peacekeeper,peacekeepers,peacekeeping,helmets,monitors}
V074.0006   | 074  | deploy dobj={peacekeeper,peacekeepers,peacekeeping,troops,soldiers,forces,police,officers,personnel,contingent,battalion} prep:to={mission,force,operation,peacekeeping}
V074.0007   | 074  | send dobj={peacekeeper,peacekeepers,peacekeeping,troops,soldiers,forces,police,officers,personnel,contingent,battalion} prep:to={mission,force,operation,peacekeeping}
V074.0008   | 074  | dispatch dobj={peacekeeper,peacekeepers,peacekeeping,troops,soldiers,forces,police,officers,personnel,contingent,battalion} prep:to={mission,force,operation,peacekeeping}
V074.0009   | 074  | contribute dobj={peacekeeper,peacekeepers,peacekeeping,troops,soldiers,forces,police,officers,personnel,contingent,battalion} prep:to={mission,force,operation,peacekeeping}
V074.0010   | 074  | commit dobj={peacekeeper,peacekeepers,peacekeeping,troops,soldiers,forces,police,officers,personnel,contingent,battalion} prep:to={mission,force,operation,peacekeeping}
V074.0011   | 074  | deploy dobj={peacekeeper,peacekeepers} prep:to=$target
V074.0012   | 074  | send dobj={peacekeeper,peacekeepers} prep:to=$target
V074.0013   | 074  | dispatch dobj={peacekeeper,peacekeepers} prep:to=$target
V074.0014   | 074  | extend dobj={mandate}
V074.0015   | 074  | renew dobj={mandate}
V074.0016   | 074  | expand dobj={mandate}
V074.0017   | 074  | strengthen dobj={mandate}
V074.0018   | 074  | broaden dobj={mandate}
V074.0019   | 074  | prolong dobj={mandate}
V074.0020   | 074  | extend dobj={mandate} prep:of={mission,force,operation,peacekeepers}
V074.0021   | 074  | renew dobj={mandate} prep:of={mission,force,operation,peacekeepers}
V074.0022   | 074  | expand dobj={mandate} prep:of={mission,force,operation,peacekeepers}
V074.0023   | 074  | strengthen dobj={mandate} prep:of={mission,force,operation,peacekeepers}
V074.0024   | 074  | broaden dobj={mandate} prep:of={mission,force,operation,peacekeepers}
V074.0025   | 074  | prolong dobj={mandate} prep:of={mission,force,operation,peacekeepers}
V074.0026   | 074  | authorize dobj={mission,force,deployment,operation} prep:to={protect,stabilize,stabilise,keep,escort,monitor}
V074.0027   | 074  | authorise dobj={mission,force,deployment,operation} prep:to={protect,stabilize,stabilise,keep,escort,monitor}
V074.0028   | 074  | approve dobj={mission,force,deployment,operation} prep:to={protect,stabilize,stabilise,keep,escort,monitor}
V074.0029   | 074  | establish dobj={mission,force,deployment,operation} prep:to={protect,stabilize,stabilise,keep,escort,monitor}
V074.0030   | 074  | create dobj={mission,force,deployment,operation} prep:to={protect,stabilize,stabilise,keep,escort,monitor}
V074.0031   | 074  | launch dobj={mission,force,deployment,operation} prep:to={protect,stabilize,stabilise,keep,escort,monitor}
V074.0032   | 074  | authorize dobj={deployment} prep:of={peacekeepers,force,troops,mission,police}
V074.0033   | 074  | authorise dobj={deployment} prep:of={peacekeepers,force,troops,mission,police}
V074.0034   | 074  | approve dobj={deployment} prep:of={peacekeepers,force,troops,mission,police}
V074.0035   | 074  | protect dobj={civilians,convoy,convoys,shipping,vessels,ships,population,refugees,camp,camps,corridor,aid,route,routes,lanes,tankers,pipeline,pilgrims,border}
V074.0036   | 074  | defend dobj={civilians,convoy,convoys,shipping,vessels,ships,population,refugees,camp,camps,corridor,aid,route,routes,lanes,tankers,pipeline,pilgrims,border}
V074.0037   | 074  | guard dobj={civilians,convoy,convoys,shipping,vessels,ships,population,refugees,camp,camps,corridor,aid,route,routes,lanes,tankers,pipeline,pilgrims,border}
V074.0038   | 074  | safeguard dobj={civilians,convoy,convoys,shipping,vessels,ships,population,refugees,camp,camps,corridor,aid,route,routes,lanes,tankers,pipeline,pilgrims,border}
V074.0039   | 074  | shield dobj={civilians,convoy,convoys,shipping,vessels,ships,population,refugees,camp,camps,corridor,aid,route,routes,lanes,tankers,pipeline,pilgrims,border}
V074.0040   | 074  | escort dobj={ships,vessels,convoys,convoy,tankers,aid,ship,vessel,tanker,shipments,cargo,freighters}
V074.0041   | 074  | patrol dobj={buffer,zone,corridor,line,lanes,waters}
V074.0042   | 074  | enforce dobj={no-fly,zone,ceasefire,truce,peace,buffer}
V074.0043   | 074  | guarantee dobj={security,safety,protection} prep:of=$target
V074.0044   | 074  | extend dobj={umbrella,guarantee,guarantees,protection} prep:to=$target
V074.0045   | 074  | provide dobj={umbrella,guarantee,guarantees,protection} prep:to=$target
V074.0046   | 074  | place dobj=$target prep:under={protection,umbrella}

V075.0001   | 075  | grant dobj={asylum,refuge,sanctuary,haven} prep:to=$target   # grant asylum
V075.0002   | 075  | give dobj={asylum,refuge,sanctuary,haven} prep:to=$target
V075.0003   | 075  | provide dobj={asylum,refuge,sanctuary,haven} prep:to=$target
V075.0004   | 075  | grant dobj={asylum,refuge,sanctuary,haven}
V075.0005   | 075  | give dobj={asylum,refuge,sanctuary,haven}
V075.0006   | 075  | grant iobj=$target dobj={asylum,refuge,sanctuary,haven}
V075.0007   | 075  | give iobj=$target dobj={asylum,refuge,sanctuary,haven}
V075.0008   | 075  | shelter dobj={dissident,dissidents,defector,defectors,exile,exiles,opposition,activist,activists,fugitive,refugee,refugees,whistleblower}
V075.0009   | 075  | harbor dobj={dissident,dissidents,defector,defectors,exile,exiles,opposition,activist,activists,fugitive,refugee,refugees,whistleblower}
V075.0010   | 075  | harbour dobj={dissident,dissidents,defector,defectors,exile,exiles,opposition,activist,activists,fugitive,refugee,refugees,whistleblower}
V075.0011   | 075  | admit dobj={refugees,asylum-seekers,asylum,defector,defectors,dissidents,afghans,syrians,ukrainians,palestinians,rohingya,migrants}
V075.0012   | 075  | accept dobj={refugees,asylum-seekers,asylum,defector,defectors,dissidents,afghans,syrians,ukrainians,palestinians,rohingya,migrants}
V075.0013   | 075  | resettle dobj={refugees,asylum-seekers,asylum,defector,defectors,dissidents,afghans,syrians,ukrainians,palestinians,rohingya,migrants}
V075.0014   | 075  | take_in dobj={refugees,asylum-seekers,asylum,defector,defectors,dissidents,afghans,syrians,ukrainians,palestinians,rohingya,migrants}
V075.0015   | 075  | welcome dobj={refugees,asylum-seekers,asylum,defector,defectors,dissidents,afghans,syrians,ukrainians,palestinians,rohingya,migrants}
V075.0016   | 075  | resettle dobj=*
V075.0017   | 075  | n:asylum prep:to=$target
V075.0018   | 075  | approve dobj={request,application,claim,bid} prep:for={asylum}
V075.0019   | 075  | accept dobj={request,application,claim,bid} prep:for={asylum}

V070.0001   | 070  | provide dobj={aid,assistance,help,supplies} prep:to=$target   # provide aid
V070.0002   | 070  | send dobj={aid,assistance,help,supplies} prep:to=$target
V070.0003   | 070  | deliver dobj={aid,assistance,help,supplies} prep:to=$target
V070.0004   | 070  | give dobj={aid,assistance,help,supplies} prep:to=$target
V070.0005   | 070  | supply dobj={aid,assistance,help,supplies} prep:to=$target
V070.0006   | 070  | extend dobj={aid,assistance,help,supplies} prep:to=$target
V070.0007   | 070  | ship dobj={aid,assistance,help,supplies} prep:to=$target
V070.0008   | 070  | dispatch dobj={aid,assistance,help,supplies} prep:to=$target
V070.0009   | 070  | channel dobj={aid,assistance,help,supplies} prep:to=$target
V070.0010   | 070  | donate dobj={aid,assistance,help,supplies} prep:to=$target
V070.0011   | 070  | transfer dobj={aid,assistance,help,supplies} prep:to=$target
V070.0012   | 070  | distribute dobj={aid,assistance,help,supplies} prep:to=$target
V070.0013   | 070  | airlift dobj={aid,assistance,help,supplies} prep:to=$target
V070.0014   | 070  | allocate dobj={aid,assistance,help,supplies} prep:to=$target
V070.0015   | 070  | grant dobj={aid,assistance,help,supplies} prep:to=$target
V070.0016   | 070  | disburse dobj={aid,assistance,help,supplies} prep:to=$target
V070.0017   | 070  | funnel dobj={aid,assistance,help,supplies} prep:to=$target
V070.0018   | 070  | provide dobj={aid,assistance,help,supplies}
V070.0019   | 070  | send dobj={aid,assistance,help,supplies}
V070.0020   | 070  | deliver dobj={aid,assistance,help,supplies}
V070.0021   | 070  | give dobj={aid,assistance,help,supplies}
V070.0022   | 070  | supply dobj={aid,assistance,help,supplies}
V070.0023   | 070  | extend dobj={aid,assistance,help,supplies}
V070.0024   | 070  | ship dobj={aid,assistance,help,supplies}
V070.0025   | 070  | dispatch dobj={aid,assistance,help,supplies}
V070.0026   | 070  | channel dobj={aid,assistance,help,supplies}
V070.0027   | 070  | donate dobj={aid,assistance,help,supplies}
V070.0028   | 070  | distribute dobj={aid,assistance,help,supplies}
V070.0029   | 070  | grant dobj={aid,assistance,help,supplies}
V070.0030   | 070  | funnel dobj={aid,assistance,help,supplies}
V070.0031   | 070  | give iobj=$target dobj={aid,assistance,help,supplies}
V070.0032   | 070  | send iobj=$target dobj={aid,assistance,help,supplies}
V070.0033   | 070  | provide iobj=$target dobj={aid,assistance,help,supplies}
V070.0034   | 070  | provide dobj={support} prep:to={rebels,militants,militias,insurgents,fighters,army,forces,group,groups}
V070.0035   | 070  | give dobj={support} prep:to={rebels,militants,militias,insurgents,fighters,army,forces,group,groups}
V070.0036   | 070  | donate dobj=*
V070.0037   | 070  | donate dobj=* prep:to=$target
V070.0038   | 070  | aid dobj=$target
V070.0039   | 070  | assist dobj=$target
V070.0040   | 070  | support dobj=$target prep:with={aid,assistance,supplies,resources}
V070.0041   | 070  | approve dobj={aid,assistance,package,supplemental} prep:for=$target
V070.0042   | 070  | authorize dobj={aid,assistance,package,supplemental} prep:for=$target
V070.0043   | 070  | authorise dobj={aid,assistance,package,supplemental} prep:for=$target
V070.0044   | 070  | sign dobj={aid,assistance,package,supplemental} prep:for=$target
V070.0045   | 070  | pass dobj={aid,assistance,package,supplemental} prep:for=$target
V070.0046   | 070  | approve dobj={aid,assistance}
V070.0047   | 070  | authorize dobj={aid,assistance}
V070.0048   | 070  | authorise dobj={aid,assistance}
V070.0049   | 070  | unveil dobj={package} prep:of={aid,assistance}
V070.0050   | 070  | announce dobj={package} prep:of={aid,assistance}
V070.0051   | 070  | step_up dobj={aid,assistance,help,support,deliveries}
V070.0052   | 070  | ramp_up dobj={aid,assistance,help,support,deliveries}
V070.0053   | 070  | increase dobj={aid,assistance,help,support,deliveries}
V070.0054   | 070  | expand dobj={aid,assistance,help,support,deliveries}
V070.0055   | 070  | boost dobj={aid,assistance,help,support,deliveries}
V070.0056   | 070  | scale_up dobj={aid,assistance,help,support,deliveries}
V070.0057   | 070  | resume dobj={aid,assistance,deliveries}
V070.0058   | 070  | come prep:to={aid,rescue,assistance}
V070.0059   | 070  | rush dobj={aid,assistance,supplies} prep:to=*

# Added in the 2026-11 review.
V073.7001   | 073  | provide dobj={ton,tons,tonne,tonnes,shipment,shipments,consignment,consignments} prep:of={aid,food,relief,medicine,medicines,supplies,grain,wheat,rice,flour}   # provides tonnes of food aid
V073.7002   | 073  | hand_over dobj={kg,kilogram,kilograms,ton,tons,tonne,tonnes,medicine,medicines,supplies,aid,food,relief,blankets,tents} prep:to=$target
V073.7003   | 073  | hand_over dobj={kg,kilogram,kilograms,ton,tons,tonne,tonnes,medicine,medicines,supplies,aid,food,relief,blankets,tents}
V073.7004   | 073  | deliver dobj={kg,kilogram,kilograms,ton,tons,tonne,tonnes,medicine,medicines,supplies,aid,food,relief,blankets,tents,goods} prep:to=$target
V073.7005   | 073  | evacuate dobj={wound,wounded,injured,sick,casualty,casualties}
V070.0060   | 070  | donate prep:to=$target   # gives money or goods to a party (weapons are 072 above)
V070.0061   | 070  | donate dobj=* prep:to=$target
