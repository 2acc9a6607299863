@kind agents
# Government (GOV), legislature (LEG) and judiciary (JUD) roles. An agent found
# with a country actor merges into one code ("Afghan" + "foreign minister" =
# AFGGOV); alone it gives ---GOV. Plurals come from lemmas; irregular plurals
# are listed explicitly. Defence ministers and ministries are GOV (as CAMEO and
# our country entries do); forces and commanders are MIL (security.tac).

# ---------------------------------------------------------------- heads of state and government
AGT.GOV.PRESIDENT        | GOV | president; presidency; president-elect; acting president; interim president; transitional president; presidential office; presidential palace
AGT.GOV.VICEPRESIDENT    | GOV | vice president; vice-president; vice presidential
AGT.GOV.PRIMEMINISTER    | GOV | prime minister; premier; prime minister-designate; caretaker prime minister; interim prime minister; deputy prime minister; first deputy prime minister; vice premier; vice-premier; acting prime minister
AGT.GOV.CHANCELLOR       | GOV | chancellor; vice chancellor; federal chancellor
AGT.GOV.HEADOFSTATE      | GOV | head of state; head of government; state leader; national leader; leader; leadership; ruler; strongman; dictator; autocrat
AGT.GOV.MONARCH          | GOV | king; queen; monarch; emir; amir; sultan; crown prince; royal court; royal family; monarchy; the crown
AGT.GOV.SUPREMELEADER    | GOV | supreme leader
AGT.GOV.TAOISEACH        | GOV | Taoiseach; Tanaiste; Tánaiste
# ---------------------------------------------------------------- executive bodies
AGT.GOV.GOVERNMENT       | GOV | government; administration; authorities; authority; cabinet; council of ministers; executive branch; regime; coalition government; ruling coalition; caretaker government; interim government; transitional government; transitional authorities; unity government; national unity government; de facto authorities; de facto government; central government; federal government; national government
AGT.GOV.JUNTA            | GOVMIL | junta; military junta; military government; military regime; military rulers; military leaders; coup leaders; putschists; coup plotters
AGT.GOV.MINISTRY         | GOV | ministry; ministries; government department; government agency; state agency; secretariat
AGT.GOV.MINISTER         | GOV | minister; cabinet minister; deputy minister; vice minister; minister of state; state secretary; secretary of state; undersecretary; under secretary; assistant secretary; junior minister; ministerial
AGT.GOV.FOREIGNMIN       | GOV | foreign minister; foreign ministry; foreign affairs minister; ministry of foreign affairs; minister of foreign affairs; foreign office; foreign secretary; top diplomat; chief diplomat; foreign policy chief; external affairs minister; ministry of external affairs; deputy foreign minister
AGT.GOV.DEFENCEMIN       | GOV | defence minister; defense minister; defence ministry; defense ministry; ministry of defence; ministry of defense; minister of defence; minister of defense; defence secretary; defense secretary; secretary of defense; secretary of war; war minister; war ministry; war cabinet; security cabinet
AGT.GOV.INTERIORMIN      | GOV | interior minister; interior ministry; ministry of interior; ministry of the interior; home secretary; home minister; home ministry; home office; homeland security
AGT.GOV.FINANCEMIN       | GOV | finance minister; finance ministry; ministry of finance; treasury secretary; economy minister; economy ministry; economic minister; minister of economy; budget minister; chancellor of the exchequer; treasury department
AGT.GOV.TRADEMIN         | GOV | trade minister; trade ministry; commerce minister; commerce ministry; commerce secretary; trade representative; industry minister; trade negotiator; customs authority; customs service
AGT.GOV.ENERGYMIN        | GOV | energy minister; energy ministry; oil minister; oil ministry; petroleum minister; mining minister; environment minister; environment ministry; climate minister; agriculture minister; agriculture ministry
AGT.GOV.JUSTICEMIN       | GOV | justice minister; justice ministry; ministry of justice; attorney general; attorney-general; solicitor general
AGT.GOV.HEALTHMIN        | GOV | health minister; health ministry; ministry of health; health authorities; health official; health department; public health agency; education minister; education ministry; labour minister; labor minister; labour ministry; labor ministry
AGT.GOV.INFOMIN          | GOV | information minister; information ministry; communications minister; culture minister; tourism minister; transport minister; transport ministry; immigration minister; immigration ministry; immigration authorities; migration ministry; refugee ministry
AGT.GOV.SECURITYCOUNCIL  | GOV | national security council; security council secretary; national security adviser; national security advisor; security adviser; security advisor; national security agency
AGT.GOV.OFFICIAL         | GOV | official; government official; senior official; top official; state official; administration official; ministry official; foreign ministry official; defence official; defense official; high-ranking official; civil servant; bureaucrat; technocrat; functionary; public servant; government employee; appointee; policymaker; policy maker; regulator; regulatory authority; watchdog agency
AGT.GOV.SPOKESPERSON     | GOV | spokesman; spokeswoman; spokesperson; spokesmen; spokeswomen; spokespeople; press secretary; government spokesman; foreign ministry spokesman; foreign ministry spokesperson; presidential spokesman; press office; press service
AGT.GOV.ADVISER          | GOV | adviser; advisor; aide; presidential aide; senior adviser; chief of staff; counsellor; counselor; confidant; chief negotiator; negotiator; negotiating team; delegation; delegates; head of delegation; peace negotiator
AGT.GOV.DIPLOMAT         | GOV | ambassador; ambassador-designate; diplomat; diplomatic corps; embassy; consul; consul general; consulate; charge d'affaires; chargé d'affaires; envoy; special envoy; special representative; presidential envoy; emissary; attaché; attache; diplomatic mission; permanent representative; foreign service; legation
AGT.GOV.LOCAL            | GOV | governor; provincial governor; deputy governor; mayor; deputy mayor; municipality; municipal council; city council; city hall; local government; local authorities; local officials; provincial government; provincial authorities; regional government; regional authorities; state government; district commissioner; district governor; prefect; regional administration; chief minister; head of region
AGT.GOV.ELECTORAL        | GOV | election commission; electoral commission; election authority; electoral authority; election body; electoral body; election officials; electoral council
AGT.GOV.RULINGPARTY      | GOV | ruling party; governing party; party in power; ruling coalition party; party leadership; politburo; central committee; party secretary; party chief; general secretary of the party
AGT.GOV.OMBUDSMAN        | GOV | ombudsman; ombudsperson; human rights commissioner; human rights ombudsman; children 's rights commissioner
AGT.GOV.STATEFIRM        | GOVBUS | central bank; central bank governor; central banker; monetary authority; state-owned company; state-owned firm; state company; state enterprise; sovereign wealth fund; state oil company; national oil company; state energy company
AGT.GOV.STATEMEDIA       | GOVMED | state media; state television; state TV; state broadcaster; state news agency; state-run media; state-run television; state-run news agency; state-controlled media; official news agency; government newspaper; state radio

# ---------------------------------------------------------------- legislature
AGT.LEG.LAWMAKER         | LEG | lawmaker; legislator; parliamentarian; member of parliament; MP; MPs; MEP; deputy speaker; senator; congressman; congresswoman; congressmen; congresswomen; member of congress; representative in congress; assemblyman; assemblywoman; assembly member; councillor; councilor; Duma deputy; Knesset member; member of the Knesset
AGT.LEG.PARLIAMENT       | LEG | parliament; legislature; legislative body; legislative assembly; national assembly; national congress; senate; upper house; lower house; upper chamber; lower chamber; house of representatives; house of commons; chamber of deputies; parliamentary committee; parliamentary commission; foreign affairs committee; defence committee; defense committee; intelligence committee; armed services committee; caucus; parliamentary group; parliamentary majority
AGT.LEG.SPEAKER          | LEG | speaker of parliament; parliament speaker; parliamentary speaker; house speaker; speaker of the house; speaker of the national assembly; senate president; president of the senate; majority leader; minority leader; chief whip
# ---------------------------------------------------------------- judiciary
AGT.JUD.COURT            | JUD | court; courts; supreme court; constitutional court; high court; appeals court; court of appeal; court of appeals; appellate court; federal court; district court; military court; criminal court; special court; tribunal; military tribunal; judiciary; judicial authorities; court of cassation; council of state; electoral court; administrative court; anti-terrorism court; revolutionary court; juvenile court
AGT.JUD.JUDGE            | JUD | judge; judges; justice of the supreme court; chief justice; supreme court justice; magistrate; investigating judge; presiding judge; judicial panel; jury; juror; arbitrator
AGT.JUD.PROSECUTOR       | JUD | prosecutor; prosecutors; public prosecutor; chief prosecutor; prosecutor general; prosecutor-general; state prosecutor; special prosecutor; special counsel; prosecution; prosecutor 's office; district attorney
AGT.JUD.LAWYER           | JUD | lawyer; attorney; defence lawyer; defense lawyer; defence attorney; defense attorney; legal team; counsel; barrister; solicitor; bar association; legal adviser
