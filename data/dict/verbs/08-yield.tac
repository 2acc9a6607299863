# Verb and event-noun patterns for CAMEO root 08 (yield).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V0811.0001  | 0811 | lift dobj={censorship,blackout,block,blocking,ban} prep:on={media,press,internet,website,websites,newspaper,newspapers,speech,protests,gatherings,assembly,rallies,platform,platforms,broadcasts}   # ease restrictions on political freedoms
V0811.0002  | 0811 | ease dobj={censorship,blackout,block,blocking,ban} prep:on={media,press,internet,website,websites,newspaper,newspapers,speech,protests,gatherings,assembly,rallies,platform,platforms,broadcasts}
V0811.0003  | 0811 | relax dobj={censorship,blackout,block,blocking,ban} prep:on={media,press,internet,website,websites,newspaper,newspapers,speech,protests,gatherings,assembly,rallies,platform,platforms,broadcasts}
V0811.0004  | 0811 | end dobj={censorship,blackout,block,blocking,ban} prep:on={media,press,internet,website,websites,newspaper,newspapers,speech,protests,gatherings,assembly,rallies,platform,platforms,broadcasts}
V0811.0005  | 0811 | scrap dobj={censorship,blackout,block,blocking,ban} prep:on={media,press,internet,website,websites,newspaper,newspapers,speech,protests,gatherings,assembly,rallies,platform,platforms,broadcasts}
V0811.0006  | 0811 | suspend dobj={censorship,blackout,block,blocking,ban} prep:on={media,press,internet,website,websites,newspaper,newspapers,speech,protests,gatherings,assembly,rallies,platform,platforms,broadcasts}
V0811.0007  | 0811 | remove dobj={censorship,blackout,block,blocking,ban} prep:on={media,press,internet,website,websites,newspaper,newspapers,speech,protests,gatherings,assembly,rallies,platform,platforms,broadcasts}
V0811.0008  | 0811 | lift dobj={censorship,blackout}
V0811.0009  | 0811 | ease dobj={censorship,blackout}
V0811.0010  | 0811 | relax dobj={censorship,blackout}
V0811.0011  | 0811 | end dobj={censorship,blackout}
V0811.0012  | 0811 | unblock dobj={internet,website,websites,platform,platforms,access,broadcast,broadcasts,twitter,facebook,telegram,app,apps,connectivity,network,signal}
V0811.0013  | 0811 | restore dobj={internet,website,websites,platform,platforms,access,broadcast,broadcasts,twitter,facebook,telegram,app,apps,connectivity,network,signal}
V0811.0014  | 0811 | allow dobj={protest,protests,rally,rallies,demonstration,demonstrations,gathering,gatherings,assembly,march,marches,vigil,vigils}
V0811.0015  | 0811 | permit dobj={protest,protests,rally,rallies,demonstration,demonstrations,gathering,gatherings,assembly,march,marches,vigil,vigils}
V0811.0016  | 0811 | authorize dobj={protest,protests,rally,rallies,demonstration,demonstrations,gathering,gatherings,assembly,march,marches,vigil,vigils}
V0811.0017  | 0811 | authorise dobj={protest,protests,rally,rallies,demonstration,demonstrations,gathering,gatherings,assembly,march,marches,vigil,vigils}
V0811.0018  | 0811 | approve dobj={protest,protests,rally,rallies,demonstration,demonstrations,gathering,gatherings,assembly,march,marches,vigil,vigils}
V0811.0019  | 0811 | reopen dobj={newspaper,newspapers,channel,channels,station,stations,outlet,outlets,website,paper,broadcaster}
V0811.0020  | 0811 | relicense dobj={newspaper,newspapers,channel,channels,station,stations,outlet,outlets,website,paper,broadcaster}
V0811.0021  | 0811 | restore dobj={freedom,freedoms,liberties} prep:of={speech,press,expression,assembly,movement}

V0812.0001  | 0812 | unban dobj={party,parties,opposition,group,movement,organization,organisation,candidate,candidates,lawmaker,lawmakers,mayor,governor,politician,politicians}   # ease ban on parties or politicians
V0812.0002  | 0812 | legalize dobj={party,parties,opposition,group,movement,organization,organisation,candidate,candidates,lawmaker,lawmakers,mayor,governor,politician,politicians}
V0812.0003  | 0812 | legalise dobj={party,parties,opposition,group,movement,organization,organisation,candidate,candidates,lawmaker,lawmakers,mayor,governor,politician,politicians}
V0812.0004  | 0812 | relegalize dobj={party,parties,opposition,group,movement,organization,organisation,candidate,candidates,lawmaker,lawmakers,mayor,governor,politician,politicians}
V0812.0005  | 0812 | relegalise dobj={party,parties,opposition,group,movement,organization,organisation,candidate,candidates,lawmaker,lawmakers,mayor,governor,politician,politicians}
V0812.0006  | 0812 | reinstate dobj={party,parties,opposition,group,movement,organization,organisation,candidate,candidates,lawmaker,lawmakers,mayor,governor,politician,politicians}
V0812.0007  | 0812 | register dobj={party,parties,opposition,group,movement,organization,organisation,candidate,candidates,lawmaker,lawmakers,mayor,governor,politician,politicians}
V0812.0008  | 0812 | readmit dobj={party,parties,opposition,group,movement,organization,organisation,candidate,candidates,lawmaker,lawmakers,mayor,governor,politician,politicians}
V0812.0009  | 0812 | unban dobj=*
V0812.0010  | 0812 | lift dobj={ban,suspension} prep:on={party,parties,opposition,group,movement,candidate,politician,politicians,organization,organisation,activities}
V0812.0011  | 0812 | allow dobj={party,parties,candidate,candidates,opposition} xcomp={run,contest,participate,compete,stand,operate}
V0812.0012  | 0812 | permit dobj={party,parties,candidate,candidates,opposition} xcomp={run,contest,participate,compete,stand,operate}
V0812.0013  | 0812 | restore dobj={eligibility,mandate,immunity,registration}

V0813.0001  | 0813 | lift dobj={curfew,curfews}   # ease curfew
V0813.0002  | 0813 | ease dobj={curfew,curfews}
V0813.0003  | 0813 | relax dobj={curfew,curfews}
V0813.0004  | 0813 | end dobj={curfew,curfews}
V0813.0005  | 0813 | shorten dobj={curfew,curfews}
V0813.0006  | 0813 | scrap dobj={curfew,curfews}
V0813.0007  | 0813 | remove dobj={curfew,curfews}
V0813.0008  | 0813 | suspend dobj={curfew,curfews}
V0813.0009  | 0813 | reduce dobj={curfew,curfews}
V0813.0010  | 0813 | cut dobj={curfew,curfews}

V0814.0001  | 0814 | lift dobj={emergency}   # ease state of emergency or martial law
V0814.0002  | 0814 | end dobj={emergency}
V0814.0003  | 0814 | ease dobj={emergency}
V0814.0004  | 0814 | revoke dobj={emergency}
V0814.0005  | 0814 | rescind dobj={emergency}
V0814.0006  | 0814 | suspend dobj={emergency}
V0814.0007  | 0814 | scrap dobj={emergency}
V0814.0008  | 0814 | lift dobj={law}
V0814.0009  | 0814 | end dobj={law}
V0814.0010  | 0814 | lift dobj={state} prep:of={emergency,siege,alert}
V0814.0011  | 0814 | end dobj={state} prep:of={emergency,siege,alert}
V0814.0012  | 0814 | revoke dobj={state} prep:of={emergency,siege,alert}

V0831.0001  | 0831 | resign   # accede to change in leadership
V0831.0002  | 0831 | resign prep:as=*
V0831.0003  | 0831 | resign prep:from=*
V0831.0004  | 0831 | resign dobj={post,job,office,position,presidency,premiership,seat,mandate,chairmanship,leadership}
V0831.0005  | 0831 | step_down
V0831.0006  | 0831 | stand_down
V0831.0007  | 0831 | step_down prep:as=*
V0831.0008  | 0831 | stand_down prep:as=*
V0831.0009  | 0831 | step_down prep:from=*
V0831.0010  | 0831 | stand_down prep:from=*
V0831.0011  | 0831 | quit dobj={post,job,office,position,presidency,premiership,seat,leadership,power,throne,chairmanship,cabinet}
V0831.0012  | 0831 | leave dobj={post,job,office,position,presidency,premiership,seat,leadership,power,throne,chairmanship,cabinet}
V0831.0013  | 0831 | vacate dobj={post,job,office,position,presidency,premiership,seat,leadership,power,throne,chairmanship,cabinet}
V0831.0014  | 0831 | quit prep:as=*
V0831.0015  | 0831 | relinquish dobj={power,post,office,presidency,throne,leadership,seat,premiership,chairmanship,reins}
V0831.0016  | 0831 | cede dobj={power,post,office,presidency,throne,leadership,seat,premiership,chairmanship,reins}
V0831.0017  | 0831 | surrender dobj={power,post,office,presidency,throne,leadership,seat,premiership,chairmanship,reins}
V0831.0018  | 0831 | give_up dobj={power,post,office,presidency,throne,leadership,seat,premiership,chairmanship,reins}
V0831.0019  | 0831 | yield dobj={power,post,office,presidency,throne,leadership,seat,premiership,chairmanship,reins}
V0831.0020  | 0831 | hand_over dobj={power,post,office,presidency,throne,leadership,seat,premiership,chairmanship,reins}
V0831.0021  | 0831 | transfer dobj={power,post,office,presidency,throne,leadership,seat,premiership,chairmanship,reins}
V0831.0022  | 0831 | transfer dobj={power} prep:to=*
V0831.0023  | 0831 | hand dobj={power} prep:to=*
V0831.0024  | 0831 | abdicate
V0831.0025  | 0831 | abdicate dobj=*
V0831.0026  | 0831 | tender dobj={resignation}
V0831.0027  | 0831 | submit dobj={resignation}
V0831.0028  | 0831 | hand_in dobj={resignation}
V0831.0029  | 0831 | announce dobj={resignation}
V0831.0030  | 0831 | concede dobj={defeat,election,race,vote}
V0831.0031  | 0831 | concede prep:to=$target
V0831.0032  | 0831 | n:resignation prep:as=*

V0832.0001  | 0832 | reverse dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}   # accede to demands for policy change
V0832.0002  | 0832 | rescind dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0003  | 0832 | repeal dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0004  | 0832 | revoke dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0005  | 0832 | scrap dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0006  | 0832 | abandon dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0007  | 0832 | withdraw dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0008  | 0832 | annul dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0009  | 0832 | overturn dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0010  | 0832 | cancel dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0011  | 0832 | drop dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0012  | 0832 | shelve dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0013  | 0832 | suspend dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0014  | 0832 | freeze dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0015  | 0832 | roll_back dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0016  | 0832 | water_down dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0017  | 0832 | ditch dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0018  | 0832 | axe dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0019  | 0832 | retract dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0020  | 0832 | postpone dobj={policy,policies,law,laws,bill,decision,decree,plan,legislation,tax,taxes,hike,increase,regulation,regulations,rule,directive,proposal,requirement,program,programme,scheme,project,order,amendment,reform,reforms,cuts,levy,fee,fees}
V0832.0021  | 0832 | change dobj={policy,policies,course,stance,position,law,laws,bill,approach,strategy,plan,rules}
V0832.0022  | 0832 | alter dobj={policy,policies,course,stance,position,law,laws,bill,approach,strategy,plan,rules}
V0832.0023  | 0832 | modify dobj={policy,policies,course,stance,position,law,laws,bill,approach,strategy,plan,rules}
V0832.0024  | 0832 | amend dobj={policy,policies,course,stance,position,law,laws,bill,approach,strategy,plan,rules}
V0832.0025  | 0832 | revise dobj={policy,policies,course,stance,position,law,laws,bill,approach,strategy,plan,rules}
V0832.0026  | 0832 | adjust dobj={policy,policies,course,stance,position,law,laws,bill,approach,strategy,plan,rules}
V0832.0027  | 0832 | u-turn
V0832.0028  | 0832 | backpedal
V0832.0029  | 0832 | back-pedal

V0833.0001  | 0833 | grant dobj={rights,right,freedom,freedoms,liberties,autonomy,citizenship,suffrage,self-rule,self-government,equality,vote}   # accede to demands for rights
V0833.0002  | 0833 | extend dobj={rights,right,freedom,freedoms,liberties,autonomy,citizenship,suffrage,self-rule,self-government,equality,vote}
V0833.0003  | 0833 | restore dobj={rights,right,freedom,freedoms,liberties,autonomy,citizenship,suffrage,self-rule,self-government,equality,vote}
V0833.0004  | 0833 | recognize dobj={rights,right,freedom,freedoms,liberties,autonomy,citizenship,suffrage,self-rule,self-government,equality,vote}
V0833.0005  | 0833 | recognise dobj={rights,right,freedom,freedoms,liberties,autonomy,citizenship,suffrage,self-rule,self-government,equality,vote}
V0833.0006  | 0833 | guarantee dobj={rights,right,freedom,freedoms,liberties,autonomy,citizenship,suffrage,self-rule,self-government,equality,vote}
V0833.0007  | 0833 | respect dobj={rights,right,freedom,freedoms,liberties,autonomy,citizenship,suffrage,self-rule,self-government,equality,vote}
V0833.0008  | 0833 | uphold dobj={rights,right,freedom,freedoms,liberties,autonomy,citizenship,suffrage,self-rule,self-government,equality,vote}
V0833.0009  | 0833 | expand dobj={rights,right,freedom,freedoms,liberties,autonomy,citizenship,suffrage,self-rule,self-government,equality,vote}
V0833.0010  | 0833 | enshrine dobj={rights,right,freedom,freedoms,liberties,autonomy,citizenship,suffrage,self-rule,self-government,equality,vote}
V0833.0011  | 0833 | grant dobj={rights,right,freedom,freedoms,citizenship,autonomy,vote} prep:to=$target
V0833.0012  | 0833 | extend dobj={rights,right,freedom,freedoms,citizenship,autonomy,vote} prep:to=$target
V0833.0013  | 0833 | restore dobj={rights,right,freedom,freedoms,citizenship,autonomy,vote} prep:to=$target
V0833.0014  | 0833 | grant iobj=$target dobj={rights,right,citizenship,autonomy,vote}
V0833.0015  | 0833 | give iobj=$target dobj={rights,right,citizenship,autonomy,vote}
V0833.0016  | 0833 | enfranchise dobj=*
V0833.0017  | 0833 | emancipate dobj=*
V0833.0018  | 0833 | legalize dobj={marriage,abortion,union,unions,homosexuality,protest,protests}
V0833.0019  | 0833 | legalise dobj={marriage,abortion,union,unions,homosexuality,protest,protests}
V0833.0020  | 0833 | decriminalize dobj={marriage,abortion,union,unions,homosexuality,protest,protests}
V0833.0021  | 0833 | decriminalise dobj={marriage,abortion,union,unions,homosexuality,protest,protests}
V0833.0022  | 0833 | allow dobj={women,girls} xcomp={attend,work,study,travel,vote,drive}
V0833.0023  | 0833 | permit dobj={women,girls} xcomp={attend,work,study,travel,vote,drive}
V0833.0024  | 0833 | reopen dobj={school,schools,university,universities} prep:for={girls,women}

V0834.0001  | 0834 | adopt dobj={constitution}   # accede to demands for institutional change
V0834.0002  | 0834 | approve dobj={constitution}
V0834.0003  | 0834 | enact dobj={constitution}
V0834.0004  | 0834 | promulgate dobj={constitution}
V0834.0005  | 0834 | introduce dobj={constitution}
V0834.0006  | 0834 | sign dobj={constitution}
V0834.0007  | 0834 | amend dobj={constitution,charter,electoral}
V0834.0008  | 0834 | rewrite dobj={constitution,charter,electoral}
V0834.0009  | 0834 | revise dobj={constitution,charter,electoral}
V0834.0010  | 0834 | democratize dobj=*
V0834.0011  | 0834 | democratise dobj=*
V0834.0012  | 0834 | introduce dobj={democracy,multiparty,federalism,parliament,elections,pluralism,multipartyism}
V0834.0013  | 0834 | establish dobj={democracy,multiparty,federalism,parliament,elections,pluralism,multipartyism}
V0834.0014  | 0834 | restore dobj={democracy,multiparty,federalism,parliament,elections,pluralism,multipartyism}
V0834.0015  | 0834 | dissolve dobj={junta,council} prep:in={favor,favour}
V0834.0016  | 0834 | disband dobj={junta,council} prep:in={favor,favour}
V0834.0017  | 0834 | schedule dobj={election,elections,referendum,vote,polls,date}
V0834.0018  | 0834 | set dobj={election,elections,referendum,vote,polls,date}
V0834.0019  | 0834 | call dobj={election,elections,referendum,vote,polls,date}
V0834.0020  | 0834 | announce dobj={election,elections,referendum,vote,polls,date}
V0834.0021  | 0834 | hold dobj={referendum,election,elections,plebiscite,polls}

V0841.0001  | 0841 | carry_out dobj={swap,exchange,swaps,exchanges}   # release persons
V0841.0002  | 0841 | conduct dobj={swap,exchange,swaps,exchanges}
V0841.0003  | 0841 | complete dobj={swap,exchange,swaps,exchanges}
V0841.0004  | 0841 | begin dobj={swap,exchange,swaps,exchanges}
V0841.0005  | 0841 | start dobj={swap,exchange,swaps,exchanges}
V0841.0006  | 0841 | finalize dobj={swap,exchange,swaps,exchanges}
V0841.0007  | 0841 | finalise dobj={swap,exchange,swaps,exchanges}
V0841.0008  | 0841 | implement dobj={swap,exchange,swaps,exchanges}
V0841.0009  | 0841 | release dobj={prisoner,prisoners,hostage,hostages,detainee,detainees,captive,captives,journalist,journalists,activist,activists,dissident,dissidents,soldier,soldiers,civilian,civilians,national,nationals,citizen,citizens,sailor,sailors,crew,fisherman,fishermen,protester,protesters,demonstrator,demonstrators,inmate,inmates,opponent,opponents,critic,critics,student,students,worker,workers,pow,pows,pilot,reporter,reporters,leader,leaders,politician,politicians,suspect,suspects,man,men,woman,women,child,children,people,person,persons}
V0841.0010  | 0841 | release dobj={prisoner,prisoners,hostage,hostages,detainee,detainees,captive,captives,journalist,journalists,activist,activists,dissident,dissidents,soldier,soldiers,civilian,civilians,national,nationals,citizen,citizens,sailor,sailors,crew,fisherman,fishermen,protester,protesters,demonstrator,demonstrators,inmate,inmates,opponent,opponents,critic,critics,student,students,worker,workers,pow,pows,pilot,reporter,reporters,leader,leaders,politician,politicians,suspect,suspects,man,men,woman,women,child,children,people,person,persons} prep:from={prison,jail,custody,detention,captivity,confinement}
V0841.0011  | 0841 | release dobj=$target prep:from={prison,jail,custody,detention,captivity,confinement,arrest}
V0841.0012  | 0841 | release prep:from={prison,jail,custody,detention,captivity,confinement}
V0841.0013  | 0841 | release dobj=* prep:on={bail,parole}
V0841.0014  | 0841 | free dobj=*
V0841.0015  | 0841 | free
V0841.0016  | 0841 | set_free dobj=*
V0841.0017  | 0841 | exchange dobj={prisoners,prisoner,pows,detainees,hostages,captives,soldiers,bodies,remains}
V0841.0018  | 0841 | swap dobj={prisoners,prisoner,pows,detainees,hostages,captives,soldiers,bodies,remains}
V0841.0019  | 0841 | trade dobj={prisoners,prisoner,pows,detainees,hostages,captives,soldiers,bodies,remains}
V0841.0020  | 0841 | exchange dobj={prisoners,prisoner,pows,detainees,hostages,captives,soldiers} prep:for=*
V0841.0021  | 0841 | swap dobj={prisoners,prisoner,pows,detainees,hostages,captives,soldiers} prep:for=*
V0841.0022  | 0841 | trade dobj={prisoners,prisoner,pows,detainees,hostages,captives,soldiers} prep:for=*
V0841.0023  | 0841 | n:swap prep:of={prisoners,prisoner,pows,detainees,hostages,captives}
V0841.0024  | 0841 | n:exchange prep:of={prisoners,prisoner,pows,detainees,hostages,captives,bodies}
V0841.0025  | 0841 | n:prisoner_swap
V0841.0026  | 0841 | n:prisoner_exchange
V0841.0027  | 0841 | repatriate dobj={prisoners,pows,detainees,soldiers,captives,children,citizens,nationals}
V0841.0028  | 0841 | hand_over dobj={prisoners,hostages,detainees,captives,pows,soldiers,children} prep:to=$target
V0841.0029  | 0841 | hand_over dobj={prisoners,hostages,detainees,captives,pows}
V0841.0030  | 0841 | acquit dobj=*
V0841.0031  | 0841 | exonerate dobj=*
V0841.0032  | 0841 | lift dobj={arrest,detention}
V0841.0033  | 0841 | parole dobj={prisoner,prisoners,inmate,inmates,detainee,detainees}
V0841.0034  | 0841 | discharge dobj={prisoner,prisoners,inmate,inmates,detainee,detainees}
V0841.0035  | 0841 | allow dobj={prisoners,hostages,detainees,captives,nationals,citizens,foreigners,civilians} xcomp={leave,go,return,depart}
V0841.0036  | 0841 | commute dobj={sentence} prep:to={freedom}

V0842.0001  | 0842 | return dobj={territory,land,lands,property,properties,asset,assets,ship,ships,vessel,vessels,tanker,tankers,aircraft,plane,remains,body,bodies,artifact,artifacts,artefact,artefacts,village,villages,town,towns,city,region,area,areas,island,islands,base,bases,embassy}   # return or release property
V0842.0002  | 0842 | return dobj={territory,land,lands,property,properties,asset,assets,ship,ships,vessel,vessels,tanker,tankers,aircraft,plane,remains,body,bodies,artifact,artifacts,artefact,artefacts,village,villages,town,towns,city,region,area,areas,island,islands,base,bases,embassy} prep:to=$target
V0842.0003  | 0842 | hand_back dobj={territory,land,lands,property,properties,asset,assets,ship,ships,vessel,vessels,tanker,tankers,aircraft,plane,remains,body,bodies,artifact,artifacts,artefact,artefacts,village,villages,town,towns,city,region,area,areas,island,islands,base,bases,embassy}
V0842.0004  | 0842 | give_back dobj={territory,land,lands,property,properties,asset,assets,ship,ships,vessel,vessels,tanker,tankers,aircraft,plane,remains,body,bodies,artifact,artifacts,artefact,artefacts,village,villages,town,towns,city,region,area,areas,island,islands,base,bases,embassy}
V0842.0005  | 0842 | restore dobj={territory,land,lands,property,properties,asset,assets,ship,ships,vessel,vessels,tanker,tankers,aircraft,plane,remains,body,bodies,artifact,artifacts,artefact,artefacts,village,villages,town,towns,city,region,area,areas,island,islands,base,bases,embassy}
V0842.0006  | 0842 | hand_back dobj={territory,land,lands,property,properties,asset,assets,ship,ships,vessel,vessels,tanker,tankers,aircraft,plane,remains,body,bodies,artifact,artifacts,artefact,artefacts,village,villages,town,towns,city,region,area,areas,island,islands,base,bases,embassy} prep:to=$target
V0842.0007  | 0842 | give_back dobj={territory,land,lands,property,properties,asset,assets,ship,ships,vessel,vessels,tanker,tankers,aircraft,plane,remains,body,bodies,artifact,artifacts,artefact,artefacts,village,villages,town,towns,city,region,area,areas,island,islands,base,bases,embassy} prep:to=$target
V0842.0008  | 0842 | release dobj={ship,ships,vessel,vessels,tanker,tankers,cargo,shipment,aircraft,plane,assets,asset,accounts,reserves,property,bodies,remains}
V0842.0009  | 0842 | unfreeze dobj={assets,funds,accounts,reserves,money,holdings,property}
V0842.0010  | 0842 | unblock dobj={assets,funds,accounts,reserves,money,holdings,property}
V0842.0011  | 0842 | unlock dobj={assets,accounts,reserves,holdings,property}
V0842.0012  | 0842 | repatriate dobj={artifacts,artefacts,remains,bodies,treasures,relics,art,bronzes}
V0842.0013  | 0842 | hand_over dobj={bodies,remains,ship,vessel}
V0842.0014  | 0842 | restitute dobj=*

V0861.0001  | 0861 | allow dobj={peacekeeper,peacekeepers,peacekeeping,force}   # receive deployment of peacekeepers
V0861.0002  | 0861 | permit dobj={peacekeeper,peacekeepers,peacekeeping,force}
V0861.0003  | 0861 | accept dobj={peacekeeper,peacekeepers,peacekeeping,force}
V0861.0004  | 0861 | receive dobj={peacekeeper,peacekeepers,peacekeeping,force}
V0861.0005  | 0861 | admit dobj={peacekeeper,peacekeepers,peacekeeping,force}
V0861.0006  | 0861 | consent prep:to={deployment,peacekeepers,peacekeeping,force}
V0861.0007  | 0861 | invite dobj={peacekeepers,force} prep:to=*

V0862.0001  | 0862 | allow dobj={inspector,inspectors,inspection,inspections,verification,safeguards}   # receive inspectors
V0862.0002  | 0862 | permit dobj={inspector,inspectors,inspection,inspections,verification,safeguards}
V0862.0003  | 0862 | accept dobj={inspector,inspectors,inspection,inspections,verification,safeguards}
V0862.0004  | 0862 | receive dobj={inspector,inspectors,inspection,inspections,verification,safeguards}
V0862.0005  | 0862 | admit dobj={inspector,inspectors,inspection,inspections,verification,safeguards}
V0862.0006  | 0862 | allow dobj={inspector,inspectors} xcomp={visit,enter,inspect,access,return,monitor}
V0862.0007  | 0862 | permit dobj={inspector,inspectors} xcomp={visit,enter,inspect,access,return,monitor}
V0862.0008  | 0862 | grant iobj={inspector,inspectors,iaea} dobj={access}
V0862.0009  | 0862 | give iobj={inspector,inspectors,iaea} dobj={access}
V0862.0010  | 0862 | provide iobj={inspector,inspectors,iaea} dobj={access}
V0862.0011  | 0862 | grant dobj={access} prep:to={inspectors,inspector,iaea,site,sites,facility,facilities}
V0862.0012  | 0862 | give dobj={access} prep:to={inspectors,inspector,iaea,site,sites,facility,facilities}
V0862.0013  | 0862 | provide dobj={access} prep:to={inspectors,inspector,iaea,site,sites,facility,facilities}
V0862.0014  | 0862 | open dobj={site,sites,facility,facilities,plant,plants} prep:to={inspectors,inspection,inspections,iaea}
V0862.0015  | 0862 | resume dobj={inspections,inspection,monitoring,verification}
V0862.0016  | 0862 | restore dobj={inspections,inspection,monitoring,verification}
V0862.0017  | 0862 | reinstall dobj={cameras,camera}
V0862.0018  | 0862 | restore dobj={cameras,camera}
V0862.0019  | 0862 | reconnect dobj={cameras,camera}

V0863.0001  | 0863 | allow dobj={aid,convoy,convoys,trucks,deliveries,supplies,relief,food,fuel,shipments,medicine,medicines,workers,agencies,ngos} xcomp={enter,pass,reach,cross,through,in}   # allow humanitarian access
V0863.0002  | 0863 | permit dobj={aid,convoy,convoys,trucks,deliveries,supplies,relief,food,fuel,shipments,medicine,medicines,workers,agencies,ngos} xcomp={enter,pass,reach,cross,through,in}
V0863.0003  | 0863 | let dobj={aid,convoy,convoys,trucks,deliveries,supplies,relief,food,fuel,shipments,medicine,medicines,workers,agencies,ngos} xcomp={enter,pass,reach,cross,through,in}
V0863.0004  | 0863 | allow dobj={aid,convoy,convoys,trucks,deliveries,supplies,relief,food,fuel,shipments,medicine,medicines}
V0863.0005  | 0863 | permit dobj={aid,convoy,convoys,trucks,deliveries,supplies,relief,food,fuel,shipments,medicine,medicines}
V0863.0006  | 0863 | let_in dobj={aid,convoy,convoys,trucks,deliveries,supplies,relief,food,fuel,shipments,medicine,medicines}
V0863.0007  | 0863 | let_through dobj={aid,convoy,convoys,trucks,deliveries,supplies,relief,food,fuel,shipments,medicine,medicines}
V0863.0008  | 0863 | admit dobj={aid,convoy,convoys,trucks,deliveries,supplies,relief,food,fuel,shipments,medicine,medicines}
V0863.0009  | 0863 | allow dobj={access} prep:for={aid,convoys,agencies,workers,ngos,deliveries,humanitarians,relief}
V0863.0010  | 0863 | permit dobj={access} prep:for={aid,convoys,agencies,workers,ngos,deliveries,humanitarians,relief}
V0863.0011  | 0863 | grant dobj={access} prep:for={aid,convoys,agencies,workers,ngos,deliveries,humanitarians,relief}
V0863.0012  | 0863 | grant iobj={agencies,workers,ngos,groups,humanitarians,un,icrc,convoys} dobj={access}
V0863.0013  | 0863 | give iobj={agencies,workers,ngos,groups,humanitarians,un,icrc,convoys} dobj={access}
V0863.0014  | 0863 | provide iobj={agencies,workers,ngos,groups,humanitarians,un,icrc,convoys} dobj={access}
V0863.0015  | 0863 | open dobj={crossing,crossings,corridor,corridors,route,routes,checkpoint,checkpoints,port} prep:for={aid,convoys,deliveries,evacuation,relief,civilians,trucks}
V0863.0016  | 0863 | reopen dobj={crossing,crossings,corridor,corridors,route,routes,checkpoint,checkpoints,port} prep:for={aid,convoys,deliveries,evacuation,relief,civilians,trucks}
V0863.0017  | 0863 | open dobj={crossing,crossings,corridor,corridors}
V0863.0018  | 0863 | reopen dobj={crossing,crossings,corridor,corridors}
V0863.0019  | 0863 | establish dobj={corridor,corridors,route,routes,pause,pauses,window}
V0863.0020  | 0863 | create dobj={corridor,corridors,route,routes,pause,pauses,window}

V0871.0001  | 0871 | agree prep:to={ceasefire,cease-fire,truce,armistice,ceasefires,truces}   # declare truce or ceasefire
V0871.0002  | 0871 | consent prep:to={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0003  | 0871 | agree prep:on={ceasefire,cease-fire,truce,armistice}
V0871.0004  | 0871 | declare dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0005  | 0871 | announce dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0006  | 0871 | observe dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0007  | 0871 | accept dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0008  | 0871 | respect dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0009  | 0871 | implement dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0010  | 0871 | uphold dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0011  | 0871 | extend dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0012  | 0871 | sign dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0013  | 0871 | reach dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0014  | 0871 | establish dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0015  | 0871 | restore dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0016  | 0871 | maintain dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0017  | 0871 | renew dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0018  | 0871 | agree dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0019  | 0871 | call dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0020  | 0871 | order dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0021  | 0871 | proclaim dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0022  | 0871 | adhere dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V0871.0023  | 0871 | declare dobj={ceasefire,cease-fire,truce,armistice} prep:with=$target
V0871.0024  | 0871 | announce dobj={ceasefire,cease-fire,truce,armistice} prep:with=$target
V0871.0025  | 0871 | sign dobj={ceasefire,cease-fire,truce,armistice} prep:with=$target
V0871.0026  | 0871 | reach dobj={ceasefire,cease-fire,truce,armistice} prep:with=$target
V0871.0027  | 0871 | agree dobj={ceasefire,cease-fire,truce,armistice} prep:with=$target
V0871.0028  | 0871 | adhere prep:to={ceasefire,cease-fire,truce,armistice}
V0871.0029  | 0871 | stick prep:to={ceasefire,cease-fire,truce,armistice}
V0871.0030  | 0871 | cease dobj={fire}
V0871.0031  | 0871 | hold_fire
V0871.0032  | 0871 | ground dobj={arms}
V0871.0033  | 0871 | n:ceasefire prep:with=$target
V0871.0034  | 0871 | n:truce prep:with=$target
V0871.0035  | 0871 | enter prep:into={truce,ceasefire}

V0872.0001  | 0872 | lift dobj={blockade,siege,encirclement,cordon}   # ease military blockade
V0872.0002  | 0872 | ease dobj={blockade,siege,encirclement,cordon}
V0872.0003  | 0872 | end dobj={blockade,siege,encirclement,cordon}
V0872.0004  | 0872 | relax dobj={blockade,siege,encirclement,cordon}
V0872.0005  | 0872 | loosen dobj={blockade,siege,encirclement,cordon}
V0872.0006  | 0872 | suspend dobj={blockade,siege,encirclement,cordon}
V0872.0007  | 0872 | reopen dobj={port,ports,airport,road,roads,highway,route,routes,strait,harbor,harbour,airspace,border,borders,city}
V0872.0008  | 0872 | unblock dobj={port,ports,airport,road,roads,highway,route,routes,strait,harbor,harbour,airspace,border,borders,city}
V0872.0009  | 0872 | unseal dobj={port,ports,airport,road,roads,highway,route,routes,strait,harbor,harbour,airspace,border,borders,city}
V0872.0010  | 0872 | allow dobj={ships,vessels,shipping,flights,traffic} xcomp={pass,leave,enter,transit,sail}

V0873.0001  | 0873 | disarm   # demobilize armed forces
V0873.0002  | 0873 | demobilize
V0873.0003  | 0873 | demobilise
V0873.0004  | 0873 | decommission
V0873.0005  | 0873 | disband
V0873.0006  | 0873 | demilitarize
V0873.0007  | 0873 | demilitarise
V0873.0008  | 0873 | demobilize dobj=*
V0873.0009  | 0873 | demobilise dobj=*
V0873.0010  | 0873 | decommission dobj=*
V0873.0011  | 0873 | demilitarize dobj=*
V0873.0012  | 0873 | demilitarise dobj=*
V0873.0013  | 0873 | hand_over dobj={weapons,arms,guns,rifles,arsenal,stockpile,stockpiles,weaponry,munitions}
V0873.0014  | 0873 | surrender dobj={weapons,arms,guns,rifles,arsenal,stockpile,stockpiles,weaponry,munitions}
V0873.0015  | 0873 | hand_in dobj={weapons,arms,guns,rifles,arsenal,stockpile,stockpiles,weaponry,munitions}
V0873.0016  | 0873 | turn_over dobj={weapons,arms,guns,rifles,arsenal,stockpile,stockpiles,weaponry,munitions}
V0873.0017  | 0873 | give_up dobj={weapons,arms,guns,rifles,arsenal,stockpile,stockpiles,weaponry,munitions}
V0873.0018  | 0873 | lay_down dobj={weapons,arms,guns,rifles,arsenal,stockpile,stockpiles,weaponry,munitions}
V0873.0019  | 0873 | relinquish dobj={weapons,arms,guns,rifles,arsenal,stockpile,stockpiles,weaponry,munitions}
V0873.0020  | 0873 | dismantle dobj={arsenal,stockpile,stockpiles,warheads,centrifuges,silos,enrichment}
V0873.0021  | 0873 | scrap dobj={arsenal,stockpile,stockpiles,warheads,centrifuges,silos,enrichment}
V0873.0022  | 0873 | decommission dobj={arsenal,stockpile,stockpiles,warheads,centrifuges,silos,enrichment}
V0873.0023  | 0873 | give_up dobj={arsenal,stockpile,stockpiles,warheads,centrifuges,silos,enrichment}
V0873.0024  | 0873 | abandon dobj={arsenal,stockpile,stockpiles,warheads,centrifuges,silos,enrichment}
V0873.0025  | 0873 | disband dobj={militia,militias,unit,units,army,force,forces,brigade,brigades,battalion,battalions,wing,fighters,paramilitaries,paramilitary}
V0873.0026  | 0873 | dissolve dobj={militia,militias,unit,units,army,force,forces,brigade,brigades,battalion,battalions,wing,fighters,paramilitaries,paramilitary}
V0873.0027  | 0873 | demobilize dobj={militia,militias,unit,units,army,force,forces,brigade,brigades,battalion,battalions,wing,fighters,paramilitaries,paramilitary}
V0873.0028  | 0873 | demobilise dobj={militia,militias,unit,units,army,force,forces,brigade,brigades,battalion,battalions,wing,fighters,paramilitaries,paramilitary}
V0873.0029  | 0873 | dismantle dobj={militia,militias,unit,units,army,force,forces,brigade,brigades,battalion,battalions,wing,fighters,paramilitaries,paramilitary}
V0873.0030  | 0873 | discharge dobj={soldiers,troops,fighters,combatants,conscripts,reservists}
V0873.0031  | 0873 | demobilize dobj={soldiers,troops,fighters,combatants,conscripts,reservists}
V0873.0032  | 0873 | demobilise dobj={soldiers,troops,fighters,combatants,conscripts,reservists}
V0873.0033  | 0873 | reduce dobj={troops,forces,army,military,arsenal,stockpile,warheads,deployment,presence,garrison,contingent,levels}
V0873.0034  | 0873 | cut dobj={troops,forces,army,military,arsenal,stockpile,warheads,deployment,presence,garrison,contingent,levels}
V0873.0035  | 0873 | downsize dobj={troops,forces,army,military,arsenal,stockpile,warheads,deployment,presence,garrison,contingent,levels}
V0873.0036  | 0873 | downsise dobj={troops,forces,army,military,arsenal,stockpile,warheads,deployment,presence,garrison,contingent,levels}
V0873.0037  | 0873 | shrink dobj={troops,forces,army,military,arsenal,stockpile,warheads,deployment,presence,garrison,contingent,levels}
V0873.0038  | 0873 | trim dobj={troops,forces,army,military,arsenal,stockpile,warheads,deployment,presence,garrison,contingent,levels}
V0873.0039  | 0873 | integrate dobj={fighters,militia,militias,forces,rebels,combatants} prep:into={army,military,forces}

V0874.0001  | 0874 | withdraw dobj={troop,troops,soldier,soldiers,force,forces,unit,units,battalion,battalions,brigade,brigades,division,divisions,marine,marines,army,reservist,reservists,contingent,personnel,ship,ships,warship,warships,carrier,destroyer,destroyers,submarine,submarines,jet,jets,bomber,bombers,fighter,fighters,tank,tanks,presence,garrison}   # retreat or surrender militarily
V0874.0002  | 0874 | pull_out dobj={troop,troops,soldier,soldiers,force,forces,unit,units,battalion,battalions,brigade,brigades,division,divisions,marine,marines,army,reservist,reservists,contingent,personnel,ship,ships,warship,warships,carrier,destroyer,destroyers,submarine,submarines,jet,jets,bomber,bombers,fighter,fighters,tank,tanks,presence,garrison}
V0874.0003  | 0874 | pull_back dobj={troop,troops,soldier,soldiers,force,forces,unit,units,battalion,battalions,brigade,brigades,division,divisions,marine,marines,army,reservist,reservists,contingent,personnel,ship,ships,warship,warships,carrier,destroyer,destroyers,submarine,submarines,jet,jets,bomber,bombers,fighter,fighters,tank,tanks,presence,garrison}
V0874.0004  | 0874 | evacuate dobj={troop,troops,soldier,soldiers,force,forces,unit,units,battalion,battalions,brigade,brigades,division,divisions,marine,marines,army,reservist,reservists,contingent,personnel,ship,ships,warship,warships,carrier,destroyer,destroyers,submarine,submarines,jet,jets,bomber,bombers,fighter,fighters,tank,tanks,presence,garrison}
V0874.0005  | 0874 | move_out dobj={troop,troops,soldier,soldiers,force,forces,unit,units,battalion,battalions,brigade,brigades,division,divisions,marine,marines,army,reservist,reservists,contingent,personnel,ship,ships,warship,warships,carrier,destroyer,destroyers,submarine,submarines,jet,jets,bomber,bombers,fighter,fighters,tank,tanks,presence,garrison}
V0874.0006  | 0874 | withdraw dobj={troop,troops,soldier,soldiers,force,forces,unit,units,battalion,battalions,brigade,brigades,division,divisions,marine,marines,army,reservist,reservists,contingent,personnel,ship,ships,warship,warships,carrier,destroyer,destroyers,submarine,submarines,jet,jets,bomber,bombers,fighter,fighters,tank,tanks,presence,garrison} prep:from=$target
V0874.0007  | 0874 | pull_out dobj={troop,troops,soldier,soldiers,force,forces,unit,units,battalion,battalions,brigade,brigades,division,divisions,marine,marines,army,reservist,reservists,contingent,personnel,ship,ships,warship,warships,carrier,destroyer,destroyers,submarine,submarines,jet,jets,bomber,bombers,fighter,fighters,tank,tanks,presence,garrison} prep:from=$target
V0874.0008  | 0874 | pull_back dobj={troop,troops,soldier,soldiers,force,forces,unit,units,battalion,battalions,brigade,brigades,division,divisions,marine,marines,army,reservist,reservists,contingent,personnel,ship,ships,warship,warships,carrier,destroyer,destroyers,submarine,submarines,jet,jets,bomber,bombers,fighter,fighters,tank,tanks,presence,garrison} prep:from=$target
V0874.0009  | 0874 | evacuate dobj={troop,troops,soldier,soldiers,force,forces,unit,units,battalion,battalions,brigade,brigades,division,divisions,marine,marines,army,reservist,reservists,contingent,personnel,ship,ships,warship,warships,carrier,destroyer,destroyers,submarine,submarines,jet,jets,bomber,bombers,fighter,fighters,tank,tanks,presence,garrison} prep:from=$target
V0874.0010  | 0874 | withdraw prep:from={city,town,village,region,area,territory,position,positions,base,bases,front,border,zone,country,province,island,bank,areas,towns,villages,outskirts,district,frontline,front-line,line,lines,capital,enclave,strip,heights,airport,plant}
V0874.0011  | 0874 | retreat prep:from={city,town,village,region,area,territory,position,positions,base,bases,front,border,zone,country,province,island,bank,areas,towns,villages,outskirts,district,frontline,front-line,line,lines,capital,enclave,strip,heights,airport,plant}
V0874.0012  | 0874 | pull_back prep:from={city,town,village,region,area,territory,position,positions,base,bases,front,border,zone,country,province,island,bank,areas,towns,villages,outskirts,district,frontline,front-line,line,lines,capital,enclave,strip,heights,airport,plant}
V0874.0013  | 0874 | fall_back prep:from={city,town,village,region,area,territory,position,positions,base,bases,front,border,zone,country,province,island,bank,areas,towns,villages,outskirts,district,frontline,front-line,line,lines,capital,enclave,strip,heights,airport,plant}
V0874.0014  | 0874 | pull_out prep:of={city,town,village,region,area,territory,position,positions,base,bases,country,province,zone,strip,enclave,capital,district}
V0874.0015  | 0874 | retreat
V0874.0016  | 0874 | pull_back
V0874.0017  | 0874 | fall_back
V0874.0018  | 0874 | withdraw
V0874.0019  | 0874 | withdraw prep:from=$target
V0874.0020  | 0874 | retreat prep:from=$target
V0874.0021  | 0874 | pull_out prep:from=$target
V0874.0022  | 0874 | pull_back prep:from=$target
V0874.0023  | 0874 | retreat prep:to=*
V0874.0024  | 0874 | surrender
V0874.0025  | 0874 | surrender prep:to=$target
V0874.0026  | 0874 | surrender dobj={city,town,territory,base,position,positions,stronghold,garrison,fort}
V0874.0027  | 0874 | abandon dobj={positions,city,town,village,base,bases,trenches,stronghold,territory,area,front,outpost,outposts,checkpoint,checkpoints,defenses,defences,strongholds,garrison,airbase,airport}
V0874.0028  | 0874 | evacuate dobj={positions,city,town,village,base,bases,trenches,stronghold,territory,area,front,outpost,outposts,checkpoint,checkpoints,defenses,defences,strongholds,garrison,airbase,airport}
V0874.0029  | 0874 | cede dobj={territory,land,control,city,town,region,area,province,villages,island,islands}
V0874.0030  | 0874 | yield dobj={territory,land,control,city,town,region,area,province,villages,island,islands}
V0874.0031  | 0874 | concede dobj={territory,land,control,city,town,region,area,province,villages,island,islands}
V0874.0032  | 0874 | hand_over dobj={territory,land,control,city,town,region,area,province,villages,island,islands}
V0874.0033  | 0874 | give_up dobj={territory,land,control,city,town,region,area,province,villages,island,islands}
V0874.0034  | 0874 | relinquish dobj={territory,land,control,city,town,region,area,province,villages,island,islands}
V0874.0035  | 0874 | surrender dobj={territory,land,control,city,town,region,area,province,villages,island,islands}
V0874.0036  | 0874 | hand_over dobj={control} prep:of=*
V0874.0037  | 0874 | transfer dobj={control} prep:of=*
V0874.0038  | 0874 | flee prep:from={front,positions,base,city,town}
V0874.0039  | 0874 | n:withdrawal prep:of={troops,forces,soldiers}
V0874.0040  | 0874 | n:surrender prep:of={city,town,troops,forces,garrison,soldiers,fighters}

V081.0001   | 081  | lift dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}   # ease administrative sanctions
V081.0002   | 081  | ease dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}
V081.0003   | 081  | relax dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}
V081.0004   | 081  | loosen dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}
V081.0005   | 081  | remove dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}
V081.0006   | 081  | scrap dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}
V081.0007   | 081  | end dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}
V081.0008   | 081  | rescind dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}
V081.0009   | 081  | revoke dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}
V081.0010   | 081  | suspend dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}
V081.0011   | 081  | roll_back dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}
V081.0012   | 081  | cancel dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}
V081.0013   | 081  | abolish dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}
V081.0014   | 081  | drop dobj={restriction,restrictions,lockdown,lockdowns,controls,limits,ban,bans,measures,rules,closure,closures,shutdown,quarantine,checkpoints,checkpoint}
V081.0015   | 081  | lift dobj={restrictions,ban} prep:on={travel,women,girls,entry,exit,residents}
V081.0016   | 081  | ease dobj={restrictions,ban} prep:on={travel,women,girls,entry,exit,residents}
V081.0017   | 081  | relax dobj={restrictions,ban} prep:on={travel,women,girls,entry,exit,residents}
V081.0018   | 081  | loosen dobj={restrictions,ban} prep:on={travel,women,girls,entry,exit,residents}
V081.0019   | 081  | remove dobj={restrictions,ban} prep:on={travel,women,girls,entry,exit,residents}
V081.0020   | 081  | restore dobj={services,electricity,power,water,communications,phone,connection}
V081.0021   | 081  | reopen dobj={school,schools,university,universities,mosque,mosques,church,churches,market,markets,shops,businesses}

V082.0001   | 082  | call_off dobj={protest,protests,strike,strikes,rally,rallies,march,demonstration,demonstrations,boycott,sit-in,blockade,walkout,action,campaign,stoppage}   # ease political dissent
V082.0002   | 082  | end dobj={protest,protests,rally,rallies,march,marches,demonstration,demonstrations,sit-in,walkout,stoppage,picket,occupation,encampment,agitation,hunger}
V082.0003   | 082  | suspend dobj={protest,protests,rally,rallies,march,marches,demonstration,demonstrations,sit-in,walkout,stoppage,picket,occupation,encampment,agitation,hunger}
V082.0004   | 082  | cancel dobj={protest,protests,rally,rallies,march,marches,demonstration,demonstrations,sit-in,walkout,stoppage,picket,occupation,encampment,agitation,hunger}
V082.0005   | 082  | postpone dobj={protest,protests,rally,rallies,march,marches,demonstration,demonstrations,sit-in,walkout,stoppage,picket,occupation,encampment,agitation,hunger}
V082.0006   | 082  | halt dobj={protest,protests,rally,rallies,march,marches,demonstration,demonstrations,sit-in,walkout,stoppage,picket,occupation,encampment,agitation,hunger}
V082.0007   | 082  | stop dobj={protest,protests,rally,rallies,march,marches,demonstration,demonstrations,sit-in,walkout,stoppage,picket,occupation,encampment,agitation,hunger}
V082.0008   | 082  | abandon dobj={protest,protests,rally,rallies,march,marches,demonstration,demonstrations,sit-in,walkout,stoppage,picket,occupation,encampment,agitation,hunger}
V082.0009   | 082  | abort dobj={protest,protests,rally,rallies,march,marches,demonstration,demonstrations,sit-in,walkout,stoppage,picket,occupation,encampment,agitation,hunger}
V082.0010   | 082  | pause dobj={protest,protests,rally,rallies,march,marches,demonstration,demonstrations,sit-in,walkout,stoppage,picket,occupation,encampment,agitation,hunger}
V082.0011   | 082  | wind_down dobj={protest,protests,rally,rallies,march,marches,demonstration,demonstrations,sit-in,walkout,stoppage,picket,occupation,encampment,agitation,hunger}
V082.0012   | 082  | end dobj={fast,strike} prep:after=*
V082.0013   | 082  | end dobj={fast,strike} prep:in=*
V082.0014   | 082  | suspend dobj={fast,strike} prep:after=*
V082.0015   | 082  | suspend dobj={fast,strike} prep:in=*
V082.0016   | 082  | call_off dobj={fast,strike} prep:after=*
V082.0017   | 082  | call_off dobj={fast,strike} prep:in=*
V082.0018   | 082  | break dobj={fast,strike} prep:after=*
V082.0019   | 082  | break dobj={fast,strike} prep:in=*
V082.0020   | 082  | break dobj={fast}
V082.0021   | 082  | return prep:to={work,classes,jobs}
V082.0022   | 082  | lift dobj={blockade,barricades,roadblocks} prep:of={road,roads,highway,parliament,border}
V082.0023   | 082  | end dobj={blockade,barricades,roadblocks} prep:of={road,roads,highway,parliament,border}
V082.0024   | 082  | remove dobj={blockade,barricades,roadblocks} prep:of={road,roads,highway,parliament,border}
V082.0025   | 082  | dismantle dobj={barricades,roadblocks,camp,encampment,tents}
V082.0026   | 082  | remove dobj={barricades,roadblocks,camp,encampment,tents}
V082.0027   | 082  | go_home

V083.0001   | 083  | implement dobj={reform,reforms,overhaul,changes}   # accede to demands for political reform
V083.0002   | 083  | introduce dobj={reform,reforms,overhaul,changes}
V083.0003   | 083  | enact dobj={reform,reforms,overhaul,changes}
V083.0004   | 083  | adopt dobj={reform,reforms,overhaul,changes}
V083.0005   | 083  | pass dobj={reform,reforms,overhaul,changes}
V083.0006   | 083  | approve dobj={reform,reforms,overhaul,changes}
V083.0007   | 083  | carry_out dobj={reform,reforms,overhaul,changes}
V083.0008   | 083  | launch dobj={reform,reforms,overhaul,changes}
V083.0009   | 083  | undertake dobj={reform,reforms,overhaul,changes}
V083.0010   | 083  | announce dobj={reform,reforms,overhaul,changes}
V083.0011   | 083  | unveil dobj={reform,reforms,overhaul,changes}
V083.0012   | 083  | push_through dobj={reform,reforms,overhaul,changes}
V083.0013   | 083  | consent prep:to={reform,reforms,changes}

V084.0001   | 084  | give_back dobj=*   # return or release
V084.0002   | 084  | hand_back dobj=$target

V085.0001   | 085  | lift dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}   # ease economic sanctions, boycott or embargo
V085.0002   | 085  | ease dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0003   | 085  | relax dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0004   | 085  | loosen dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0005   | 085  | remove dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0006   | 085  | suspend dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0007   | 085  | scrap dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0008   | 085  | end dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0009   | 085  | waive dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0010   | 085  | roll_back dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0011   | 085  | drop dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0012   | 085  | rescind dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0013   | 085  | cancel dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0014   | 085  | reduce dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0015   | 085  | cut dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0016   | 085  | lower dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0017   | 085  | pause dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0018   | 085  | exempt dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0019   | 085  | unwind dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts,penalties,penalty,blacklisting,designation,listing}
V085.0020   | 085  | lift dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:on=$target
V085.0021   | 085  | lift dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:against=$target
V085.0022   | 085  | ease dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:on=$target
V085.0023   | 085  | ease dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:against=$target
V085.0024   | 085  | relax dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:on=$target
V085.0025   | 085  | relax dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:against=$target
V085.0026   | 085  | loosen dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:on=$target
V085.0027   | 085  | loosen dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:against=$target
V085.0028   | 085  | remove dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:on=$target
V085.0029   | 085  | remove dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:against=$target
V085.0030   | 085  | suspend dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:on=$target
V085.0031   | 085  | suspend dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:against=$target
V085.0032   | 085  | scrap dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:on=$target
V085.0033   | 085  | scrap dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:against=$target
V085.0034   | 085  | end dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:on=$target
V085.0035   | 085  | end dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:against=$target
V085.0036   | 085  | waive dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:on=$target
V085.0037   | 085  | waive dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:against=$target
V085.0038   | 085  | roll_back dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:on=$target
V085.0039   | 085  | roll_back dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:against=$target
V085.0040   | 085  | drop dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:on=$target
V085.0041   | 085  | drop dobj={sanction,sanctions,embargo,embargoes,tariff,tariffs,boycott,boycotts} prep:against=$target
V085.0042   | 085  | grant dobj={waiver,waivers,exemption,exemptions,license,licence,licenses,licences,carve-out,carve-outs,relief}
V085.0043   | 085  | issue dobj={waiver,waivers,exemption,exemptions,license,licence,licenses,licences,carve-out,carve-outs,relief}
V085.0044   | 085  | extend dobj={waiver,waivers,exemption,exemptions,license,licence,licenses,licences,carve-out,carve-outs,relief}
V085.0045   | 085  | delist dobj=*
V085.0046   | 085  | unblacklist dobj=*
V085.0047   | 085  | remove dobj=$target prep:from={list,blacklist,sanctions}
V085.0048   | 085  | take dobj=$target prep:off={list,blacklist}
V085.0049   | 085  | reopen dobj={market,markets} prep:to=$target
V085.0050   | 085  | exempt dobj=* prep:from={sanctions,tariffs,tariff,embargo,duties}

V086.0001   | 086  | allow dobj={observers,monitors,mission,delegation,investigators,experts,team,teams,rapporteur,journalists,media,representatives,presence,intervention}   # allow international involvement
V086.0002   | 086  | permit dobj={observers,monitors,mission,delegation,investigators,experts,team,teams,rapporteur,journalists,media,representatives,presence,intervention}
V086.0003   | 086  | admit dobj={observers,monitors,mission,delegation,investigators,experts,team,teams,rapporteur,journalists,media,representatives,presence,intervention}
V086.0004   | 086  | accept dobj={observers,monitors,mission,delegation,investigators,experts,team,teams,rapporteur,journalists,media,representatives,presence,intervention}
V086.0005   | 086  | invite dobj={observers,monitors,mission,delegation,investigators,experts,team,teams,rapporteur,journalists,media,representatives,presence,intervention}
V086.0006   | 086  | allow dobj={observers,monitors,investigators,experts,journalists,team,mission,delegation} xcomp={enter,visit,monitor,observe,investigate,access,work,return}
V086.0007   | 086  | permit dobj={observers,monitors,investigators,experts,journalists,team,mission,delegation} xcomp={enter,visit,monitor,observe,investigate,access,work,return}
V086.0008   | 086  | grant dobj={access}
V086.0009   | 086  | grant dobj={access} prep:to={country,territory,area,region,prisoners,detainees,camps,prisons,zone,city,archives,records}
V086.0010   | 086  | grant iobj={investigators,observers,monitors,journalists,experts,team,mission,rapporteur} dobj={access}
V086.0011   | 086  | open dobj={border,borders} prep:to={observers,monitors,investigators,journalists,mission}
V086.0012   | 086  | issue dobj={visa,visas} prep:to={observers,monitors,investigators,journalists,experts,team,rapporteur}
V086.0013   | 086  | grant dobj={visa,visas} prep:to={observers,monitors,investigators,journalists,experts,team,rapporteur}
V086.0014   | 086  | consent prep:to={presence,visit,mission,monitoring,observation,investigation}

V087.0001   | 087  | de-escalate   # de-escalate military engagement
V087.0002   | 087  | deescalate
V087.0003   | 087  | ease dobj={tension,tensions,crisis,situation,standoff,stand-off,confrontation,hostility}
V087.0004   | 087  | defuse dobj={tension,tensions,crisis,situation,standoff,stand-off,confrontation,hostility}
V087.0005   | 087  | reduce dobj={tension,tensions,crisis,situation,standoff,stand-off,confrontation,hostility}
V087.0006   | 087  | lower dobj={tension,tensions,crisis,situation,standoff,stand-off,confrontation,hostility}
V087.0007   | 087  | calm dobj={tension,tensions,crisis,situation,standoff,stand-off,confrontation,hostility}
V087.0008   | 087  | cool dobj={tension,tensions,crisis,situation,standoff,stand-off,confrontation,hostility}
V087.0009   | 087  | dial_down dobj={tension,tensions,crisis,situation,standoff,stand-off,confrontation,hostility}
V087.0010   | 087  | tamp_down dobj={tension,tensions,crisis,situation,standoff,stand-off,confrontation,hostility}
V087.0011   | 087  | halt dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,bombardment,shelling,airstrikes,air-strikes,raids,war,advance,incursion,assault,campaign,strikes,combat,bombings}
V087.0012   | 087  | stop dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,bombardment,shelling,airstrikes,air-strikes,raids,war,advance,incursion,assault,campaign,strikes,combat,bombings}
V087.0013   | 087  | end dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,bombardment,shelling,airstrikes,air-strikes,raids,war,advance,incursion,assault,campaign,strikes,combat,bombings}
V087.0014   | 087  | suspend dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,bombardment,shelling,airstrikes,air-strikes,raids,war,advance,incursion,assault,campaign,strikes,combat,bombings}
V087.0015   | 087  | pause dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,bombardment,shelling,airstrikes,air-strikes,raids,war,advance,incursion,assault,campaign,strikes,combat,bombings}
V087.0016   | 087  | scale_back dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,bombardment,shelling,airstrikes,air-strikes,raids,war,advance,incursion,assault,campaign,strikes,combat,bombings}
V087.0017   | 087  | scale_down dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,bombardment,shelling,airstrikes,air-strikes,raids,war,advance,incursion,assault,campaign,strikes,combat,bombings}
V087.0018   | 087  | cease dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,bombardment,shelling,airstrikes,air-strikes,raids,war,advance,incursion,assault,campaign,strikes,combat,bombings}
V087.0019   | 087  | wind_down dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,bombardment,shelling,airstrikes,air-strikes,raids,war,advance,incursion,assault,campaign,strikes,combat,bombings}
V087.0020   | 087  | freeze dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,bombardment,shelling,airstrikes,air-strikes,raids,war,advance,incursion,assault,campaign,strikes,combat,bombings}
V087.0021   | 087  | curb dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,bombardment,shelling,airstrikes,air-strikes,raids,war,advance,incursion,assault,campaign,strikes,combat,bombings}
V087.0022   | 087  | limit dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,bombardment,shelling,airstrikes,air-strikes,raids,war,advance,incursion,assault,campaign,strikes,combat,bombings}
V087.0023   | 087  | halt dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:on=$target
V087.0024   | 087  | halt dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:against=$target
V087.0025   | 087  | halt dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:in=$target
V087.0026   | 087  | stop dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:on=$target
V087.0027   | 087  | stop dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:against=$target
V087.0028   | 087  | stop dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:in=$target
V087.0029   | 087  | end dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:on=$target
V087.0030   | 087  | end dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:against=$target
V087.0031   | 087  | end dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:in=$target
V087.0032   | 087  | suspend dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:on=$target
V087.0033   | 087  | suspend dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:against=$target
V087.0034   | 087  | suspend dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:in=$target
V087.0035   | 087  | pause dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:on=$target
V087.0036   | 087  | pause dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:against=$target
V087.0037   | 087  | pause dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:in=$target
V087.0038   | 087  | scale_back dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:on=$target
V087.0039   | 087  | scale_back dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:against=$target
V087.0040   | 087  | scale_back dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:in=$target
V087.0041   | 087  | scale_down dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:on=$target
V087.0042   | 087  | scale_down dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:against=$target
V087.0043   | 087  | scale_down dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:in=$target
V087.0044   | 087  | cease dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:on=$target
V087.0045   | 087  | cease dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:against=$target
V087.0046   | 087  | cease dobj={fighting,hostilities,offensive,operation,operations,attack,attacks,bombing,shelling,airstrikes,raids,war,advance,incursion,strikes} prep:in=$target
V087.0047   | 087  | exercise dobj={restraint}
V087.0048   | 087  | show dobj={restraint}
V087.0049   | 087  | lower dobj={alert,readiness}
V087.0050   | 087  | reduce dobj={alert,readiness}
V087.0051   | 087  | downgrade dobj={alert,readiness}
V087.0052   | 087  | withdraw dobj={threat,ultimatum}
V087.0053   | 087  | remove dobj={threat,ultimatum}
V087.0054   | 087  | pull_back prep:from={brink}
V087.0055   | 087  | step_back prep:from={brink}

V080.0001   | 080  | yield prep:to={pressure,pressures,demand,demands,ultimatum,threat,threats,protests}   # yield
V080.0002   | 080  | cave prep:to={pressure,pressures,demand,demands,ultimatum,threat,threats,protests}
V080.0003   | 080  | give_in prep:to={pressure,pressures,demand,demands,ultimatum,threat,threats,protests}
V080.0004   | 080  | bow prep:to={pressure,pressures,demand,demands,ultimatum,threat,threats,protests}
V080.0005   | 080  | succumb prep:to={pressure,pressures,demand,demands,ultimatum,threat,threats,protests}
V080.0006   | 080  | capitulate prep:to={pressure,pressures,demand,demands,ultimatum,threat,threats,protests}
V080.0007   | 080  | submit prep:to={pressure,pressures,demand,demands,ultimatum,threat,threats,protests}
V080.0008   | 080  | back_down
V080.0009   | 080  | relent
V080.0010   | 080  | capitulate
V080.0011   | 080  | cave
V080.0012   | 080  | budge
V080.0013   | 080  | climb_down
V080.0014   | 080  | backtrack
V080.0015   | 080  | back_off
V080.0016   | 080  | back_down prep:on=*
V080.0017   | 080  | climb_down prep:on=*
V080.0018   | 080  | backtrack prep:on=*
V080.0019   | 080  | back_down prep:from=*
V080.0020   | 080  | climb_down prep:from=*
V080.0021   | 080  | accede prep:to={demand,demands,request,requests,pressure,condition,conditions,terms}
V080.0022   | 080  | agree prep:to={demand,demands,request,requests,pressure,condition,conditions,terms}
V080.0023   | 080  | consent prep:to={demand,demands,request,requests,pressure,condition,conditions,terms}
V080.0024   | 080  | bow prep:to={demand,demands,request,requests,pressure,condition,conditions,terms}
V080.0025   | 080  | accept dobj={demand,demands,condition,conditions,terms,ultimatum,request,requests}
V080.0026   | 080  | meet dobj={demand,demands,condition,conditions,terms,ultimatum,request,requests}
V080.0027   | 080  | fulfill dobj={demand,demands,condition,conditions,terms,ultimatum,request,requests}
V080.0028   | 080  | fulfil dobj={demand,demands,condition,conditions,terms,ultimatum,request,requests}
V080.0029   | 080  | satisfy dobj={demand,demands,condition,conditions,terms,ultimatum,request,requests}
V080.0030   | 080  | heed dobj={demand,demands,condition,conditions,terms,ultimatum,request,requests}
V080.0031   | 080  | grant dobj={demand,demands,condition,conditions,terms,ultimatum,request,requests}
V080.0032   | 080  | make dobj={concession,concessions}
V080.0033   | 080  | grant dobj={concession,concessions}
V080.0034   | 080  | give dobj={concession,concessions}
V080.0035   | 080  | make dobj={concession,concessions} prep:to=$target
V080.0036   | 080  | grant dobj={concession,concessions} prep:to=$target
V080.0037   | 080  | give dobj={concession,concessions} prep:to=$target
V080.0038   | 080  | n:concession prep:to=$target
V080.0039   | 080  | n:concessions prep:to=$target
V080.0040   | 080  | drop dobj={demand,demands,opposition,objection,objections,condition,conditions,precondition,preconditions,veto,bid,case,charges,lawsuit,suit,complaint,insistence,challenge}
V080.0041   | 080  | abandon dobj={demand,demands,opposition,objection,objections,condition,conditions,precondition,preconditions,veto,bid,case,charges,lawsuit,suit,complaint,insistence,challenge}
V080.0042   | 080  | withdraw dobj={demand,demands,opposition,objection,objections,condition,conditions,precondition,preconditions,veto,bid,case,charges,lawsuit,suit,complaint,insistence,challenge}
V080.0043   | 080  | waive dobj={demand,demands,opposition,objection,objections,condition,conditions,precondition,preconditions,veto,bid,case,charges,lawsuit,suit,complaint,insistence,challenge}
V080.0044   | 080  | relinquish dobj={demand,demands,opposition,objection,objections,condition,conditions,precondition,preconditions,veto,bid,case,charges,lawsuit,suit,complaint,insistence,challenge}
V080.0045   | 080  | renounce dobj={demand,demands,opposition,objection,objections,condition,conditions,precondition,preconditions,veto,bid,case,charges,lawsuit,suit,complaint,insistence,challenge}
V080.0046   | 080  | forgo dobj={demand,demands,opposition,objection,objections,condition,conditions,precondition,preconditions,veto,bid,case,charges,lawsuit,suit,complaint,insistence,challenge}
V080.0047   | 080  | lift dobj={objection,objections,veto,hold,blockage}
V080.0048   | 080  | remove dobj={objection,objections,veto,hold,blockage}
V080.0049   | 080  | compromise prep:on=*
V080.0050   | 080  | soften dobj={stance,position,tone,rhetoric,line,opposition,demands,terms,conditions}
V080.0051   | 080  | moderate dobj={stance,position,tone,rhetoric,line,opposition,demands,terms,conditions}
V080.0052   | 080  | tone_down dobj={stance,position,tone,rhetoric,line,opposition,demands,terms,conditions}
V080.0053   | 080  | ease dobj={stance,position,tone,rhetoric,line,opposition,demands,terms,conditions}
V080.0054   | 080  | concede dobj={point,ground}
V080.0055   | 080  | yield dobj={ground}
V080.0056   | 080  | hand_back
V080.0057   | 080  | give_back
V080.0058   | 080  | concede
V080.0059   | 080  | give dobj={ground}

# Added in the 2026-11 review.
V0841.7001  | 0841 | release dobj=$target   # releases a named person or group
V0841.7002  | 0841 | free dobj=$target
V0862.7001  | 0862 | receive dobj={mission,team,group,delegation} prep:of={observer,observers,monitor,monitors,inspector,inspectors}   # receives observers
V0862.7002  | 0862 | receive dobj={observer,observers,monitor,monitors}
V0862.7003  | 0862 | admit dobj={observer,observers,monitor,monitors,inspector,inspectors}
V0842.7001  | 0842 | pay dobj={compensation,reparation,reparations,damages,restitution,indemnity} prep:to=$target   # pays compensation
V0842.7002  | 0842 | pay dobj={compensation,reparation,reparations,damages,restitution,indemnity}
V0874.7001  | 0874 | evacuate dobj={settlement,settlements,outpost,outposts,base,bases,position,positions,garrison,garrisons}   # evacuates settlements or positions
