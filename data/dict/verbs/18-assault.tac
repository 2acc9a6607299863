# Verb and event-noun patterns for CAMEO root 18 (assault).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V1821.0001  | 1821 | rape dobj=*   # sexually assaults
V1821.0002  | 1821 | molest dobj=*
V1821.0003  | 1821 | grope dobj=*
V1821.0004  | 1821 | gang-rape dobj=*
V1821.0005  | 1821 | gangrape dobj=*
V1821.0006  | 1821 | rape
V1821.0007  | 1821 | n:rape prep:of=*
V1821.0008  | 1821 | n:rapes prep:of=*
V1821.0009  | 1821 | use dobj={rape} prep:as={weapon}
V1821.0010  | 1821 | subject dobj=* prep:to={rape}

V1822.0001  | 1822 | torture dobj=*   # tortures
V1822.0002  | 1822 | waterboard dobj=*
V1822.0003  | 1822 | maim dobj=*
V1822.0004  | 1822 | mutilate dobj=*
V1822.0005  | 1822 | torture
V1822.0006  | 1822 | mistreat dobj={prisoners,prisoner,detainees,detainee,inmates,captives,pows,prisoners-of-war,suspects,hostages}
V1822.0007  | 1822 | maltreat dobj={prisoners,prisoner,detainees,detainee,inmates,captives,pows,prisoners-of-war,suspects,hostages}
V1822.0008  | 1822 | abuse dobj={prisoners,prisoner,detainees,detainee,inmates,captives,pows,prisoners-of-war,suspects,hostages}
V1822.0009  | 1822 | brutalize dobj={prisoners,prisoner,detainees,detainee,inmates,captives,pows,prisoners-of-war,suspects,hostages}
V1822.0010  | 1822 | brutalise dobj={prisoners,prisoner,detainees,detainee,inmates,captives,pows,prisoners-of-war,suspects,hostages}
V1822.0011  | 1822 | subject dobj=* prep:to={torture,abuse,mistreatment,beatings,electrocution,shocks}
V1822.0012  | 1822 | n:torture prep:of=*

V1823.0001  | 1823 | lynch dobj=*   # kills by physical assault
V1823.0002  | 1823 | lynch
V1823.0003  | 1823 | beat dobj=* prep:to={death}
V1823.0004  | 1823 | stone dobj=* prep:to={death}
V1823.0005  | 1823 | stab dobj=* prep:to={death}
V1823.0006  | 1823 | hack dobj=* prep:to={death}
V1823.0007  | 1823 | club dobj=* prep:to={death}
V1823.0008  | 1823 | bludgeon dobj=* prep:to={death}
V1823.0009  | 1823 | kick dobj=* prep:to={death}
V1823.0010  | 1823 | burn dobj=* prep:to={death}
V1823.0011  | 1823 | trample dobj=* prep:to={death}
V1823.0012  | 1823 | strangle dobj=*
V1823.0013  | 1823 | choke dobj=*
V1823.0014  | 1823 | suffocate dobj=*
V1823.0015  | 1823 | bludgeon dobj=*
V1823.0016  | 1823 | n:lynching prep:of=*

V1831.0001  | 1831 | blow_up dobj={himself,herself,themselves}   # suicide bombing
V1831.0002  | 1831 | detonate dobj={vest,belt,vests,belts}
V1831.0003  | 1831 | explode dobj={vest,belt,vests,belts}
V1831.0004  | 1831 | trigger dobj={vest,belt,vests,belts}
V1831.0005  | 1831 | set_off dobj={vest,belt,vests,belts}
V1831.0006  | 1831 | n:suicide_bombing
V1831.0007  | 1831 | n:suicide_attack
V1831.0008  | 1831 | n:suicide_bomber

V1832.0001  | 1832 | detonate dobj={car,truck,vehicle,van,motorcycle,lorry,bus,car-bomb,carbomb}   # car bombing
V1832.0002  | 1832 | explode dobj={car,truck,vehicle,van,motorcycle,lorry,bus,car-bomb,carbomb}
V1832.0003  | 1832 | set_off dobj={car,truck,vehicle,van,motorcycle,lorry,bus,car-bomb,carbomb}
V1832.0004  | 1832 | plant dobj={car,truck,vehicle,van,motorcycle,lorry,bus,car-bomb,carbomb}
V1832.0005  | 1832 | park dobj={car,truck,vehicle,van,motorcycle,lorry,bus,car-bomb,carbomb}
V1832.0006  | 1832 | drive dobj={car,truck,vehicle,van,motorcycle,lorry,bus,car-bomb,carbomb}
V1832.0007  | 1832 | n:car_bomb
V1832.0008  | 1832 | n:car_bombing
V1832.0009  | 1832 | n:truck_bomb

V1833.0001  | 1833 | plant dobj={ied,ieds,mine,mines,landmine,landmines}   # roadside bombing
V1833.0002  | 1833 | lay dobj={ied,ieds,mine,mines,landmine,landmines}
V1833.0003  | 1833 | bury dobj={ied,ieds,mine,mines,landmine,landmines}
V1833.0004  | 1833 | detonate dobj={ied,ieds,mine,mines,landmine,landmines}
V1833.0005  | 1833 | set_off dobj={ied,ieds,mine,mines,landmine,landmines}
V1833.0006  | 1833 | n:roadside_bomb
V1833.0007  | 1833 | n:roadside_bombing
V1833.0008  | 1833 | hit dobj={ied,mine,landmine}
V1833.0009  | 1833 | strike dobj={ied,mine,landmine}

V181.0001   | 181  | kidnap dobj=*   # abducts, hijacks or takes hostage
V181.0002   | 181  | abduct dobj=*
V181.0003   | 181  | hijack dobj=*
V181.0004   | 181  | snatch dobj=*
V181.0005   | 181  | spirit_away dobj=*
V181.0006   | 181  | carjack dobj=*
V181.0007   | 181  | skyjack dobj=*
V181.0008   | 181  | kidnap
V181.0009   | 181  | abduct
V181.0010   | 181  | hijack
V181.0011   | 181  | take dobj={hostage,hostages,captive,captives}
V181.0012   | 181  | seize dobj={hostage,hostages,captive,captives}
V181.0013   | 181  | hold dobj={hostage,hostages,captive,captives}
V181.0014   | 181  | grab dobj={hostage,hostages,captive,captives}
V181.0015   | 181  | take dobj=* prep:as={hostage,hostages,captive,captives,prisoner,prisoners}
V181.0016   | 181  | seize dobj=* prep:as={hostage,hostages,captive,captives,prisoner,prisoners}
V181.0017   | 181  | hold dobj=* prep:as={hostage,hostages,captive,captives,prisoner,prisoners}
V181.0018   | 181  | keep dobj=* prep:as={hostage,hostages,captive,captives,prisoner,prisoners}
V181.0019   | 181  | take dobj=* xcomp={hostage}
V181.0020   | 181  | take dobj=* prep:into={captivity}
V181.0021   | 181  | take dobj=* prep:in={captivity}
V181.0022   | 181  | seize dobj={plane,aircraft,airliner,bus,train,jet,flight}
V181.0023   | 181  | n:kidnapping prep:of=*
V181.0024   | 181  | n:abduction prep:of=*
V181.0025   | 181  | n:hijacking prep:of=*
V181.0026   | 181  | n:hostage-taking
V181.0027   | 181  | pay dobj={ransom}

V182.0001   | 182  | assault dobj=*   # physically assaults
V182.0002   | 182  | beat_up dobj=*
V182.0003   | 182  | rough_up dobj=*
V182.0004   | 182  | manhandle dobj=*
V182.0005   | 182  | punch dobj=*
V182.0006   | 182  | slap dobj=*
V182.0007   | 182  | kick dobj=*
V182.0008   | 182  | batter dobj=*
V182.0009   | 182  | maul dobj=*
V182.0010   | 182  | pummel dobj=*
V182.0011   | 182  | shove dobj=*
V182.0012   | 182  | flog dobj=*
V182.0013   | 182  | lash dobj=*
V182.0014   | 182  | cane dobj=*
V182.0015   | 182  | thrash dobj=*
V182.0016   | 182  | assault
V182.0017   | 182  | beat dobj={prisoner,prisoners,hostage,hostages,detainee,detainees,captive,captives,journalist,journalists,activist,activists,dissident,dissidents,soldier,soldiers,civilian,civilians,national,nationals,citizen,citizens,sailor,sailors,crew,fisherman,fishermen,protester,protesters,demonstrator,demonstrators,inmate,inmates,opponent,opponents,critic,critics,student,students,worker,workers,pow,pows,pilot,reporter,reporters,leader,leaders,politician,politicians,suspect,suspects,man,men,woman,women,child,children,people,person,persons,boy,girl,teenager,teenagers,youth,youths,migrant,migrants,refugee,refugees,photographer,cameraman,officer,officers,policeman,guard,voter,voters,priest,worshippers,villagers,shopkeeper,farmer,farmers}
V182.0018   | 182  | attack dobj={prisoner,prisoners,hostage,hostages,detainee,detainees,captive,captives,journalist,journalists,activist,activists,dissident,dissidents,soldier,soldiers,civilian,civilians,national,nationals,citizen,citizens,sailor,sailors,crew,fisherman,fishermen,protester,protesters,demonstrator,demonstrators,inmate,inmates,opponent,opponents,critic,critics,student,students,worker,workers,pow,pows,pilot,reporter,reporters,leader,leaders,politician,politicians,suspect,suspects,man,men,woman,women,child,children,people,person,persons,boy,girl,teenager,youth,photographer,cameraman,priest,worshippers,villagers,shopkeeper,farmers} prep:with={sticks,clubs,fists,stones,rods,bats,iron,whips,belts}
V182.0019   | 182  | assault dobj={prisoner,prisoners,hostage,hostages,detainee,detainees,captive,captives,journalist,journalists,activist,activists,dissident,dissidents,soldier,soldiers,civilian,civilians,national,nationals,citizen,citizens,sailor,sailors,crew,fisherman,fishermen,protester,protesters,demonstrator,demonstrators,inmate,inmates,opponent,opponents,critic,critics,student,students,worker,workers,pow,pows,pilot,reporter,reporters,leader,leaders,politician,politicians,suspect,suspects,man,men,woman,women,child,children,people,person,persons,boy,girl,teenager,youth,photographer,cameraman,priest,worshippers,villagers,shopkeeper,farmers} prep:with={sticks,clubs,fists,stones,rods,bats,iron,whips,belts}
V182.0020   | 182  | n:assault prep:on={prisoner,prisoners,hostage,hostages,detainee,detainees,captive,captives,journalist,journalists,activist,activists,dissident,dissidents,soldier,soldiers,civilian,civilians,national,nationals,citizen,citizens,sailor,sailors,crew,fisherman,fishermen,protester,protesters,demonstrator,demonstrators,inmate,inmates,opponent,opponents,critic,critics,student,students,worker,workers,pow,pows,pilot,reporter,reporters,leader,leaders,politician,politicians,suspect,suspects,man,men,woman,women,child,children,people,person,persons,lawmaker}

V183.0001   | 183  | detonate dobj={bomb,bombs,explosive,explosives,device,devices,charge,charges,grenade,grenades}   # non-military bombing
V183.0002   | 183  | set_off dobj={bomb,bombs,explosive,explosives,device,devices,charge,charges,grenade,grenades}
V183.0003   | 183  | explode dobj={bomb,bombs,explosive,explosives,device,devices,charge,charges,grenade,grenades}
V183.0004   | 183  | trigger dobj={bomb,bombs,explosive,explosives,device,devices,charge,charges,grenade,grenades}
V183.0005   | 183  | plant dobj={bomb,bombs,explosive,explosives,device,devices,charge,charges,grenade,grenades}
V183.0006   | 183  | place dobj={bomb,bombs,explosive,explosives,device,devices,charge,charges,grenade,grenades}
V183.0007   | 183  | hide dobj={bomb,bombs,explosive,explosives,device,devices,charge,charges,grenade,grenades}
V183.0008   | 183  | blow_up dobj={car,bus,vehicle,building,pipeline,bridge,train,mosque,church,market,checkpoint,station,office,hotel,restaurant,cafe,school,shop,shrine,temple,railway,tracks,tower,pylon}
V183.0009   | 183  | blow_up dobj=*
V183.0010   | 183  | carry_out dobj={bombing,bombings,blast,blasts,explosion}
V183.0011   | 183  | conduct dobj={bombing,bombings,blast,blasts,explosion}
V183.0012   | 183  | stage dobj={bombing,bombings,blast,blasts,explosion}
V183.0013   | 183  | launch dobj={bombing,bombings,blast,blasts,explosion}
V183.0014   | 183  | claim dobj={bombing,bombings,blast,blasts,explosion}
V183.0015   | 183  | explode prep:in=*
V183.0016   | 183  | explode prep:at=*
V183.0017   | 183  | explode prep:near=*
V183.0018   | 183  | explode prep:outside=*
V183.0019   | 183  | explode prep:inside=*
V183.0020   | 183  | n:bombing prep:in=*
V183.0021   | 183  | n:bombing prep:at=*
V183.0022   | 183  | n:bombing prep:near=*
V183.0023   | 183  | n:bombing prep:outside=*
V183.0024   | 183  | n:bomb_attack
V183.0025   | 183  | n:blast prep:in=*
V183.0026   | 183  | n:blast prep:at=*
V183.0027   | 183  | n:blast prep:near=*
V183.0028   | 183  | n:blast prep:outside=*

V184.0001   | 184  | use dobj=* prep:as={shield,shields,cover,buffer}   # uses human shields
V184.0002   | 184  | exploit dobj=* prep:as={shield,shields,cover,buffer}
V184.0003   | 184  | employ dobj=* prep:as={shield,shields,cover,buffer}
V184.0004   | 184  | use dobj={civilians,people,children,residents,population,hostages,patients,prisoners,women,villagers} prep:as=*
V184.0005   | 184  | exploit dobj={civilians,people,children,residents,population,hostages,patients,prisoners,women,villagers} prep:as=*
V184.0006   | 184  | hide prep:among={civilians,population,hospitals,schools,homes,neighborhoods,crowds,residents}
V184.0007   | 184  | hide prep:behind={civilians,population,hospitals,schools,homes,neighborhoods,crowds,residents}
V184.0008   | 184  | hide prep:in={civilians,population,hospitals,schools,homes,neighborhoods,crowds,residents}
V184.0009   | 184  | shelter prep:among={civilians,population,hospitals,schools,homes,neighborhoods,crowds,residents}
V184.0010   | 184  | shelter prep:behind={civilians,population,hospitals,schools,homes,neighborhoods,crowds,residents}
V184.0011   | 184  | shelter prep:in={civilians,population,hospitals,schools,homes,neighborhoods,crowds,residents}
V184.0012   | 184  | embed prep:among={civilians,population,hospitals,schools,homes,neighborhoods,crowds,residents}
V184.0013   | 184  | embed prep:behind={civilians,population,hospitals,schools,homes,neighborhoods,crowds,residents}
V184.0014   | 184  | embed prep:in={civilians,population,hospitals,schools,homes,neighborhoods,crowds,residents}
V184.0015   | 184  | operate prep:among={civilians,population,hospitals,schools,homes,neighborhoods,crowds,residents}
V184.0016   | 184  | operate prep:behind={civilians,population,hospitals,schools,homes,neighborhoods,crowds,residents}
V184.0017   | 184  | operate prep:in={civilians,population,hospitals,schools,homes,neighborhoods,crowds,residents}
V184.0018   | 184  | n:shield prep:of={civilians,people,human}

V185.0001   | 185  | try xcomp={assassinate,kill,murder,eliminate,poison}   # attempts to assassinate
V185.0002   | 185  | attempt xcomp={assassinate,kill,murder,eliminate,poison}
V185.0003   | 185  | seek xcomp={assassinate,kill,murder,eliminate,poison}
V185.0004   | 185  | plot xcomp={assassinate,kill,murder,eliminate,poison}
V185.0005   | 185  | plan xcomp={assassinate,kill,murder,eliminate,poison}
V185.0006   | 185  | conspire xcomp={assassinate,kill,murder,eliminate,poison}
V185.0007   | 185  | n:attempt prep:on={life}
V185.0008   | 185  | make dobj={attempt,bid} prep:on={life}
V185.0009   | 185  | foil dobj={attempt,bid} prep:on={life}
V185.0010   | 185  | thwart dobj={attempt,bid} prep:on={life}
V185.0011   | 185  | n:assassination_attempt
V185.0012   | 185  | n:plot prep:to={assassinate,kill}
V185.0013   | 185  | target dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman} prep:in={attempt,plot}
V185.0014   | 185  | shoot dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V185.0015   | 185  | stab dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V185.0016   | 185  | wound dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V185.0017   | 185  | injure dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}

V186.0001   | 186  | assassinate dobj=*   # assassinates
V186.0002   | 186  | assassinate
V186.0003   | 186  | n:assassination prep:of=*
V186.0004   | 186  | n:killing prep:of={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V186.0005   | 186  | n:murder prep:of={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V186.0006   | 186  | kill dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V186.0007   | 186  | murder dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V186.0008   | 186  | eliminate dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V186.0009   | 186  | gun_down dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V186.0010   | 186  | shoot_dead dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V186.0011   | 186  | liquidate dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V186.0012   | 186  | slay dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V186.0013   | 186  | execute dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V186.0014   | 186  | behead dobj={president,leader,leaders,commander,commanders,chief,minister,official,officials,mayor,governor,politician,head,general,generals,cleric,lawmaker,senator,spokesman,founder,mastermind,premier,king,prince,emir,judge,prosecutor,candidate,deputy,envoy,ambassador,diplomat,scientist,scientists,kingpin,strategist,negotiator,chairman}
V186.0015   | 186  | carry_out dobj={assassination,assassinations,hit}
V186.0016   | 186  | conduct dobj={assassination,assassinations,hit}
V186.0017   | 186  | order dobj={assassination,assassinations,hit}
V186.0018   | 186  | carry_out dobj={assassination} prep:of=*
V186.0019   | 186  | conduct dobj={assassination} prep:of=*
V186.0020   | 186  | order dobj={assassination} prep:of=*

V180.0001   | 180  | sabotage dobj=*   # unconventional violence
V180.0002   | 180  | behead dobj=*
V180.0003   | 180  | decapitate dobj=*
V180.0004   | 180  | poison dobj=*
V180.0005   | 180  | ram dobj=*
V180.0006   | 180  | firebomb dobj=*
V180.0007   | 180  | attack dobj=* prep:with={knife,knives,axe,axes,machete,machetes,acid,hammer,sword,swords,car,truck,vehicle}
V180.0008   | 180  | stab dobj=*
V180.0009   | 180  | knife dobj=*
V180.0010   | 180  | hack dobj=*
V180.0011   | 180  | throw dobj={acid,grenade,grenades,explosive,explosives,bomb,petrol} prep:at=*
V180.0012   | 180  | throw dobj={acid,grenade,grenades,explosive,explosives,bomb,petrol} prep:into=*
V180.0013   | 180  | throw dobj={acid,grenade,grenades,explosive,explosives,bomb,petrol} prep:on=*
V180.0014   | 180  | hurl dobj={acid,grenade,grenades,explosive,explosives,bomb,petrol} prep:at=*
V180.0015   | 180  | hurl dobj={acid,grenade,grenades,explosive,explosives,bomb,petrol} prep:into=*
V180.0016   | 180  | hurl dobj={acid,grenade,grenades,explosive,explosives,bomb,petrol} prep:on=*
V180.0017   | 180  | ram dobj=* prep:into=*
V180.0018   | 180  | ram prep:into={crowd,crowds,pedestrians,people,shoppers,worshippers,market,protesters}
V180.0019   | 180  | drive prep:into={crowd,crowds,pedestrians,people,shoppers,worshippers,protesters}
V180.0020   | 180  | kill dobj={hostage,hostages,captive,captives}
V180.0021   | 180  | execute dobj={hostage,hostages,captive,captives,prisoners,soldiers,civilians,villagers,aid,journalist,journalists}
V180.0022   | 180  | behead dobj={hostage,hostages,captive,captives,prisoners,soldiers,civilians,villagers,aid,journalist,journalists}
V180.0023   | 180  | decapitate dobj={hostage,hostages,captive,captives,prisoners,soldiers,civilians,villagers,aid,journalist,journalists}
V180.0024   | 180  | burn dobj={hostage,hostages,captive,captives,prisoners,soldiers,civilians,villagers,aid,journalist,journalists}
V180.0025   | 180  | mow_down dobj=*
V180.0026   | 180  | open dobj={fire} prep:on={worshippers,shoppers,passengers,civilians,mourners,guests,villagers,partygoers,revellers,diners,people}
V180.0027   | 180  | attack dobj={mosque,church,synagogue,temple,school,hospital,market,hotel,restaurant,cafe,concert,wedding,funeral,bus,train,shrine,festival,mall,nightclub,village,villages,checkpoint}
V180.0028   | 180  | raid dobj={mosque,church,synagogue,temple,school,hospital,market,hotel,restaurant,cafe,concert,wedding,funeral,bus,train,shrine,festival,mall,nightclub,village,villages,checkpoint}
V180.0029   | 180  | storm dobj={mosque,church,synagogue,temple,school,hospital,market,hotel,restaurant,cafe,concert,wedding,funeral,bus,train,shrine,festival,mall,nightclub,village,villages,checkpoint}
V180.0030   | 180  | target dobj={mosque,church,synagogue,temple,school,hospital,market,hotel,restaurant,cafe,concert,wedding,funeral,bus,train,shrine,festival,mall,nightclub,village,villages,checkpoint}
V180.0031   | 180  | carry_out dobj={atrocity,terror,terrorism,killing,killings}
V180.0032   | 180  | conduct dobj={atrocity,terror,terrorism,killing,killings}
V180.0033   | 180  | stage dobj={atrocity,terror,terrorism,killing,killings}
V180.0034   | 180  | launch dobj={atrocity,terror,terrorism,killing,killings}
V180.0035   | 180  | claim dobj={atrocity,terror,terrorism,killing,killings}
V180.0036   | 180  | perpetrate dobj={atrocity,terror,terrorism,killing,killings}
V180.0037   | 180  | commit dobj={atrocity,terror,terrorism,killing,killings}
V180.0038   | 180  | n:terror_attack
V180.0039   | 180  | n:terrorist_attack
V180.0040   | 180  | n:attack prep:on={worshippers,shoppers,crowd,civilians,mosque,church,synagogue,school,hospital,market,hotel,concert,wedding,bus,train,village,villagers,camp}
V180.0041   | 180  | hack dobj={system,systems,network,networks,grid,computers,servers,websites,infrastructure,pipeline,utility,utilities}
V180.0042   | 180  | cyberattack dobj={system,systems,network,networks,grid,computers,servers,websites,infrastructure,pipeline,utility,utilities}
V180.0043   | 180  | launch dobj={cyberattack,cyberattacks,cyber-attack,cyber-attacks,hack,hacks,hacking}
V180.0044   | 180  | carry_out dobj={cyberattack,cyberattacks,cyber-attack,cyber-attacks,hack,hacks,hacking}
V180.0045   | 180  | conduct dobj={cyberattack,cyberattacks,cyber-attack,cyber-attacks,hack,hacks,hacking}
V180.0046   | 180  | stage dobj={cyberattack,cyberattacks,cyber-attack,cyber-attacks,hack,hacks,hacking}
