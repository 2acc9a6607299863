# Verb and event-noun patterns for CAMEO root 09 (investigate).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V091.0001   | 091  | investigate dobj={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}   # investigate crime or corruption
V091.0002   | 091  | probe dobj={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0003   | 091  | examine dobj={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0004   | 091  | look_into dobj={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0005   | 091  | investigate dobj=$target prep:for={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0006   | 091  | probe dobj=$target prep:for={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0007   | 091  | investigate dobj=$target prep:over={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0008   | 091  | probe dobj=$target prep:over={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0009   | 091  | investigate dobj=$target prep:on={suspicion,charges}
V091.0010   | 091  | probe dobj=$target prep:on={suspicion,charges}
V091.0011   | 091  | open dobj={investigation,inquiry,probe,case} prep:into={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0012   | 091  | launch dobj={investigation,inquiry,probe,case} prep:into={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0013   | 091  | begin dobj={investigation,inquiry,probe,case} prep:into={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0014   | 091  | start dobj={investigation,inquiry,probe,case} prep:into={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0015   | 091  | order dobj={investigation,inquiry,probe,case} prep:into={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0016   | 091  | announce dobj={investigation,inquiry,probe,case} prep:into={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0017   | 091  | conduct dobj={investigation,inquiry,probe,case} prep:into={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0018   | 091  | initiate dobj={investigation,inquiry,probe,case} prep:into={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0019   | 091  | interrogate dobj=*
V091.0020   | 091  | question dobj={suspect,suspects,detainee,detainees,official,officials,employees,staff,executives,minister,ceo,leader,former,lawmaker,lawmakers,mayor,governor,director,manager,aide,aides,officer,officers}
V091.0021   | 091  | quiz dobj={suspect,suspects,detainee,detainees,official,officials,employees,staff,executives,minister,ceo,leader,former,lawmaker,lawmakers,mayor,governor,director,manager,aide,aides,officer,officers}
V091.0022   | 091  | grill dobj={suspect,suspects,detainee,detainees,official,officials,employees,staff,executives,minister,ceo,leader,former,lawmaker,lawmakers,mayor,governor,director,manager,aide,aides,officer,officers}
V091.0023   | 091  | interview dobj={suspect,suspects,detainee,detainees,official,officials,employees,staff,executives,minister,ceo,leader,former,lawmaker,lawmakers,mayor,governor,director,manager,aide,aides,officer,officers}
V091.0024   | 091  | question dobj=$target prep:over=*
V091.0025   | 091  | question dobj=$target prep:about=*
V091.0026   | 091  | question dobj=$target prep:in=*
V091.0027   | 091  | question dobj=$target prep:on=*
V091.0028   | 091  | quiz dobj=$target prep:over=*
V091.0029   | 091  | quiz dobj=$target prep:about=*
V091.0030   | 091  | quiz dobj=$target prep:in=*
V091.0031   | 091  | quiz dobj=$target prep:on=*
V091.0032   | 091  | grill dobj=$target prep:over=*
V091.0033   | 091  | grill dobj=$target prep:about=*
V091.0034   | 091  | grill dobj=$target prep:in=*
V091.0035   | 091  | grill dobj=$target prep:on=*
V091.0036   | 091  | summon dobj=$target prep:for={questioning,interrogation,interview,hearing}
V091.0037   | 091  | summon dobj=$target xcomp={testify,appear}
V091.0038   | 091  | raid dobj={office,offices,home,homes,headquarters,premises,residence,house,houses,apartment,apartments,property,properties,compound,villa,building,firm,company,ministry,bank}
V091.0039   | 091  | search dobj={office,offices,home,homes,headquarters,premises,residence,house,houses,apartment,apartments,property,properties,compound,villa,building,firm,company,ministry,bank}
V091.0040   | 091  | subpoena dobj=*
V091.0041   | 091  | wiretap dobj=*
V091.0042   | 091  | tail dobj=*
V091.0043   | 091  | surveil dobj=*
V091.0044   | 091  | bug dobj=*
V091.0045   | 091  | seize dobj={documents,files,computers,phones,records,evidence,devices,laptops,drugs,cocaine,heroin,contraband}
V091.0046   | 091  | confiscate dobj={documents,files,computers,phones,records,evidence,devices,laptops,drugs,cocaine,heroin,contraband}
V091.0047   | 091  | freeze dobj={account,accounts} prep:in={investigation,probe}
V091.0048   | 091  | exhume dobj=*
V091.0049   | 091  | examine dobj={body,bodies,remains,samples}
V091.0050   | 091  | analyze dobj={body,bodies,remains,samples}
V091.0051   | 091  | test dobj={body,bodies,remains,samples}
V091.0052   | 091  | n:investigation prep:into={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}
V091.0053   | 091  | n:probe prep:into={corruption,fraud,bribery,bribe,bribes,embezzlement,murder,killing,death,crime,theft,money-laundering,laundering,graft,smuggling,trafficking,leak,leaks,assassination,kickbacks,scandal,racketeering,extortion,misconduct,wrongdoing,irregularities,malfeasance,tax,evasion,cheating,rigging,collusion,insider,poisoning,shooting,stabbing,arson,hack,hacking,cyberattack,breach,disappearance,funding,donations,finances,dealings,contracts,transactions}

V092.0001   | 092  | investigate dobj={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}   # investigate human rights abuses
V092.0002   | 092  | probe dobj={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0003   | 092  | document dobj={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0004   | 092  | examine dobj={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0005   | 092  | look_into dobj={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0006   | 092  | monitor dobj={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0007   | 092  | record dobj={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0008   | 092  | verify dobj={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0009   | 092  | investigate dobj=$target prep:for={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0010   | 092  | probe dobj=$target prep:for={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0011   | 092  | open dobj={investigation,inquiry,probe,mission,commission} prep:into={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0012   | 092  | launch dobj={investigation,inquiry,probe,mission,commission} prep:into={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0013   | 092  | begin dobj={investigation,inquiry,probe,mission,commission} prep:into={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0014   | 092  | start dobj={investigation,inquiry,probe,mission,commission} prep:into={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0015   | 092  | order dobj={investigation,inquiry,probe,mission,commission} prep:into={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0016   | 092  | announce dobj={investigation,inquiry,probe,mission,commission} prep:into={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0017   | 092  | conduct dobj={investigation,inquiry,probe,mission,commission} prep:into={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0018   | 092  | initiate dobj={investigation,inquiry,probe,mission,commission} prep:into={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0019   | 092  | set_up dobj={investigation,inquiry,probe,mission,commission} prep:into={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0020   | 092  | establish dobj={investigation,inquiry,probe,mission,commission} prep:into={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0021   | 092  | inspect dobj={prison,prisons,jail,jails,camp,camps,facility,facilities,center,centers,centre,centres}
V092.0022   | 092  | n:investigation prep:into={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}
V092.0023   | 092  | n:inquiry prep:into={abuses,abuse,violations,rape,rapes,torture,disappearances,executions,detention,detentions,killings,persecution,discrimination,mistreatment,ill-treatment,brutality,repression,crackdown,treatment,forced,conditions,excesses,sexual}

V093.0001   | 093  | investigate dobj={strike,strikes,airstrike,airstrikes,attack,attacks,incursion,incursions,shelling,bombing,bombings,crash,downing,shootdown,explosion,clash,clashes,sinking,raid,raids,operation,offensive,invasion,breaches,drone,drones,missile,blast,blasts}   # investigate military action
V093.0002   | 093  | probe dobj={strike,strikes,airstrike,airstrikes,attack,attacks,incursion,incursions,shelling,bombing,bombings,crash,downing,shootdown,explosion,clash,clashes,sinking,raid,raids,operation,offensive,invasion,breaches,drone,drones,missile,blast,blasts}
V093.0003   | 093  | look_into dobj={strike,strikes,airstrike,airstrikes,attack,attacks,incursion,incursions,shelling,bombing,bombings,crash,downing,shootdown,explosion,clash,clashes,sinking,raid,raids,operation,offensive,invasion,breaches,drone,drones,missile,blast,blasts}
V093.0004   | 093  | open dobj={investigation,inquiry,probe} prep:into={strike,strikes,airstrike,airstrikes,attack,attacks,incursion,incursions,shelling,bombing,bombings,crash,downing,shootdown,explosion,clash,clashes,sinking,raid,raids,operation,offensive,invasion,breaches,drone,drones,missile,blast,blasts}
V093.0005   | 093  | launch dobj={investigation,inquiry,probe} prep:into={strike,strikes,airstrike,airstrikes,attack,attacks,incursion,incursions,shelling,bombing,bombings,crash,downing,shootdown,explosion,clash,clashes,sinking,raid,raids,operation,offensive,invasion,breaches,drone,drones,missile,blast,blasts}
V093.0006   | 093  | begin dobj={investigation,inquiry,probe} prep:into={strike,strikes,airstrike,airstrikes,attack,attacks,incursion,incursions,shelling,bombing,bombings,crash,downing,shootdown,explosion,clash,clashes,sinking,raid,raids,operation,offensive,invasion,breaches,drone,drones,missile,blast,blasts}
V093.0007   | 093  | start dobj={investigation,inquiry,probe} prep:into={strike,strikes,airstrike,airstrikes,attack,attacks,incursion,incursions,shelling,bombing,bombings,crash,downing,shootdown,explosion,clash,clashes,sinking,raid,raids,operation,offensive,invasion,breaches,drone,drones,missile,blast,blasts}
V093.0008   | 093  | order dobj={investigation,inquiry,probe} prep:into={strike,strikes,airstrike,airstrikes,attack,attacks,incursion,incursions,shelling,bombing,bombings,crash,downing,shootdown,explosion,clash,clashes,sinking,raid,raids,operation,offensive,invasion,breaches,drone,drones,missile,blast,blasts}
V093.0009   | 093  | announce dobj={investigation,inquiry,probe} prep:into={strike,strikes,airstrike,airstrikes,attack,attacks,incursion,incursions,shelling,bombing,bombings,crash,downing,shootdown,explosion,clash,clashes,sinking,raid,raids,operation,offensive,invasion,breaches,drone,drones,missile,blast,blasts}
V093.0010   | 093  | conduct dobj={investigation,inquiry,probe} prep:into={strike,strikes,airstrike,airstrikes,attack,attacks,incursion,incursions,shelling,bombing,bombings,crash,downing,shootdown,explosion,clash,clashes,sinking,raid,raids,operation,offensive,invasion,breaches,drone,drones,missile,blast,blasts}
V093.0011   | 093  | initiate dobj={investigation,inquiry,probe} prep:into={strike,strikes,airstrike,airstrikes,attack,attacks,incursion,incursions,shelling,bombing,bombings,crash,downing,shootdown,explosion,clash,clashes,sinking,raid,raids,operation,offensive,invasion,breaches,drone,drones,missile,blast,blasts}
V093.0012   | 093  | investigate dobj={use,deployment,movement,movements,activity,activities,buildup,build-up,presence} prep:of={troops,forces,weapons,missiles,drones,military}
V093.0013   | 093  | probe dobj={use,deployment,movement,movements,activity,activities,buildup,build-up,presence} prep:of={troops,forces,weapons,missiles,drones,military}
V093.0014   | 093  | verify dobj={ceasefire,truce,withdrawal,pullback,compliance,disengagement}
V093.0015   | 093  | monitor dobj={ceasefire,truce,withdrawal,pullback,compliance,disengagement}
V093.0016   | 093  | n:investigation prep:into={strike,strikes,airstrike,airstrikes,attack,attacks,incursion,incursions,shelling,bombing,bombings,crash,downing,shootdown,explosion,clash,clashes,sinking,raid,raids,operation,offensive,invasion,breaches,drone,drones,missile,blast,blasts}
V093.0017   | 093  | n:inquiry prep:into={strike,strikes,airstrike,airstrikes,attack,attacks,incursion,incursions,shelling,bombing,bombings,crash,downing,shootdown,explosion,clash,clashes,sinking,raid,raids,operation,offensive,invasion,breaches,drone,drones,missile,blast,blasts}
V093.0018   | 093  | analyze dobj={debris,wreckage,fragments,remnants}
V093.0019   | 093  | examine dobj={debris,wreckage,fragments,remnants}

V094.0001   | 094  | investigate dobj={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}   # investigate war crimes
V094.0002   | 094  | probe dobj={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0003   | 094  | document dobj={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0004   | 094  | examine dobj={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0005   | 094  | look_into dobj={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0006   | 094  | investigate dobj=$target prep:for={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0007   | 094  | probe dobj=$target prep:for={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0008   | 094  | open dobj={investigation,inquiry,probe,case,tribunal,commission} prep:into={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0009   | 094  | launch dobj={investigation,inquiry,probe,case,tribunal,commission} prep:into={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0010   | 094  | begin dobj={investigation,inquiry,probe,case,tribunal,commission} prep:into={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0011   | 094  | start dobj={investigation,inquiry,probe,case,tribunal,commission} prep:into={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0012   | 094  | order dobj={investigation,inquiry,probe,case,tribunal,commission} prep:into={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0013   | 094  | announce dobj={investigation,inquiry,probe,case,tribunal,commission} prep:into={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0014   | 094  | conduct dobj={investigation,inquiry,probe,case,tribunal,commission} prep:into={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0015   | 094  | initiate dobj={investigation,inquiry,probe,case,tribunal,commission} prep:into={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0016   | 094  | set_up dobj={investigation,inquiry,probe,case,tribunal,commission} prep:into={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0017   | 094  | establish dobj={investigation,inquiry,probe,case,tribunal,commission} prep:into={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0018   | 094  | collect dobj={evidence,testimony,testimonies} prep:of={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0019   | 094  | gather dobj={evidence,testimony,testimonies} prep:of={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0020   | 094  | document dobj={evidence,testimony,testimonies} prep:of={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0021   | 094  | preserve dobj={evidence,testimony,testimonies} prep:of={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0022   | 094  | n:investigation prep:into={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}
V094.0023   | 094  | n:inquiry prep:into={crimes,atrocities,atrocity,genocide,massacre,massacres,cleansing,starvation,deportations}

V090.0001   | 090  | investigate dobj={allegation,allegations,claim,claims,incident,incidents,case,cases,circumstances,complaint,complaints,evidence,report,reports,accusation,accusations,matter,affair,cause,causes,role,conduct,activities,actions,links,ties,origin,origins}   # investigate
V090.0002   | 090  | probe dobj={allegation,allegations,claim,claims,incident,incidents,case,cases,circumstances,complaint,complaints,evidence,report,reports,accusation,accusations,matter,affair,cause,causes,role,conduct,activities,actions,links,ties,origin,origins}
V090.0003   | 090  | examine dobj={allegation,allegations,claim,claims,incident,incidents,case,cases,circumstances,complaint,complaints,evidence,report,reports,accusation,accusations,matter,affair,cause,causes,role,conduct,activities,actions,links,ties,origin,origins}
V090.0004   | 090  | scrutinize dobj={allegation,allegations,claim,claims,incident,incidents,case,cases,circumstances,complaint,complaints,evidence,report,reports,accusation,accusations,matter,affair,cause,causes,role,conduct,activities,actions,links,ties,origin,origins}
V090.0005   | 090  | scrutinise dobj={allegation,allegations,claim,claims,incident,incidents,case,cases,circumstances,complaint,complaints,evidence,report,reports,accusation,accusations,matter,affair,cause,causes,role,conduct,activities,actions,links,ties,origin,origins}
V090.0006   | 090  | look_into dobj={allegation,allegations,claim,claims,incident,incidents,case,cases,circumstances,complaint,complaints,evidence,report,reports,accusation,accusations,matter,affair,cause,causes,role,conduct,activities,actions,links,ties,origin,origins}
V090.0007   | 090  | investigate dobj=*
V090.0008   | 090  | investigate
V090.0009   | 090  | probe dobj=*
V090.0010   | 090  | scrutinize dobj=*
V090.0011   | 090  | scrutinise dobj=*
V090.0012   | 090  | look prep:into=*
V090.0013   | 090  | look_into dobj=*
V090.0014   | 090  | open dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0015   | 090  | launch dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0016   | 090  | begin dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0017   | 090  | start dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0018   | 090  | order dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0019   | 090  | announce dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0020   | 090  | conduct dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0021   | 090  | carry_out dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0022   | 090  | initiate dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0023   | 090  | set_up dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0024   | 090  | establish dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0025   | 090  | institute dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0026   | 090  | commission dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0027   | 090  | mount dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0028   | 090  | widen dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0029   | 090  | expand dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0030   | 090  | reopen dobj={investigation,inquiry,probe,enquiry,inspection,audit,investigations,inquest,inquiries,examination,fact-finding,commission}
V090.0031   | 090  | open dobj={investigation,inquiry,probe,enquiry} prep:against=$target
V090.0032   | 090  | launch dobj={investigation,inquiry,probe,enquiry} prep:against=$target
V090.0033   | 090  | begin dobj={investigation,inquiry,probe,enquiry} prep:against=$target
V090.0034   | 090  | start dobj={investigation,inquiry,probe,enquiry} prep:against=$target
V090.0035   | 090  | order dobj={investigation,inquiry,probe,enquiry} prep:against=$target
V090.0036   | 090  | announce dobj={investigation,inquiry,probe,enquiry} prep:against=$target
V090.0037   | 090  | initiate dobj={investigation,inquiry,probe,enquiry} prep:against=$target
V090.0038   | 090  | inspect dobj=*
V090.0039   | 090  | audit dobj=*
V090.0040   | 090  | survey dobj=*
V090.0041   | 090  | verify dobj=*
V090.0042   | 090  | send dobj={investigators,inspectors,monitors} prep:to=*
V090.0043   | 090  | dispatch dobj={investigators,inspectors,monitors} prep:to=*
V090.0044   | 090  | deploy dobj={investigators,inspectors,monitors} prep:to=*
V090.0045   | 090  | send dobj={investigators,inspectors,fact-finding}
V090.0046   | 090  | dispatch dobj={investigators,inspectors,fact-finding}
V090.0047   | 090  | deploy dobj={investigators,inspectors,fact-finding}
V090.0048   | 090  | place dobj=$target prep:under={investigation,scrutiny,surveillance}
V090.0049   | 090  | put dobj=$target prep:under={investigation,scrutiny,surveillance}
V090.0050   | 090  | question dobj={witness,witnesses}
V090.0051   | 090  | interview dobj={witness,witnesses}
