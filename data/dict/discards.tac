@kind discards
# Phrases that mark a sentence or a whole story as not codable as political
# events. Conservative on purpose: `story` only for phrases that occur almost
# exclusively in sports, entertainment, markets or lifestyle copy; anything a
# political story might plausibly contain (World Cup hosting, Olympics boycott,
# Eurovision, stock markets reacting to a war) is `sentence` or left out.

# ---------------------------------------------------------------- sports: match reports (story)
DSC.SPORT.0001 | story    | penalty shootout
DSC.SPORT.0002 | story    | penalty shoot-out
DSC.SPORT.0003 | sentence | hat-trick
DSC.SPORT.0004 | sentence | hat trick
DSC.SPORT.0005 | story    | stoppage time
DSC.SPORT.0006 | story    | injury time
DSC.SPORT.0007 | story    | first-half goal
DSC.SPORT.0008 | story    | second-half goal
DSC.SPORT.0009 | story    | opening goal
DSC.SPORT.0010 | story    | equalising goal
DSC.SPORT.0011 | story    | equalizing goal
DSC.SPORT.0012 | story    | winning goal
DSC.SPORT.0013 | story    | scored a goal
DSC.SPORT.0014 | story    | scored the winner
DSC.SPORT.0015 | story    | free kick
DSC.SPORT.0016 | story    | corner kick
DSC.SPORT.0017 | story    | yellow card
DSC.SPORT.0018 | story    | goalkeeper
DSC.SPORT.0019 | story    | midfielder
DSC.SPORT.0020 | story    | centre-back
DSC.SPORT.0021 | story    | transfer window
DSC.SPORT.0022 | story    | Premier League
DSC.SPORT.0023 | story    | Champions League
DSC.SPORT.0024 | story    | Europa League
DSC.SPORT.0025 | story    | La Liga
DSC.SPORT.0026 | story    | Serie A
DSC.SPORT.0027 | story    | Bundesliga
DSC.SPORT.0028 | story    | Ligue 1
DSC.SPORT.0030 | story    | relegation zone
DSC.SPORT.0031 | story    | relegation battle
DSC.SPORT.0032 | story    | points clear at the top
DSC.SPORT.0034 | sentence | home run
DSC.SPORT.0035 | story    | touchdown pass
DSC.SPORT.0036 | story    | quarterback
DSC.SPORT.0037 | sentence | Super Bowl
DSC.SPORT.0038 | story    | NBA Finals
DSC.SPORT.0039 | story    | Stanley Cup
DSC.SPORT.0040 | story    | World Series
DSC.SPORT.0041 | story    | wicket
DSC.SPORT.0042 | story    | wickets
DSC.SPORT.0043 | story    | innings
DSC.SPORT.0044 | story    | Test match
DSC.SPORT.0045 | story    | run chase
DSC.SPORT.0047 | story    | match point
DSC.SPORT.0048 | story    | set point
DSC.SPORT.0049 | story    | tie-break
DSC.SPORT.0050 | story    | tiebreak
DSC.SPORT.0051 | story    | straight sets
DSC.SPORT.0052 | story    | Grand Slam title
DSC.SPORT.0053 | story    | Wimbledon title
DSC.SPORT.0054 | story    | birdie
DSC.SPORT.0055 | story    | under par
DSC.SPORT.0056 | story    | Grand Prix
DSC.SPORT.0057 | story    | Formula One
DSC.SPORT.0058 | story    | Formula 1
DSC.SPORT.0059 | story    | fastest lap
DSC.SPORT.0060 | story    | pole position on the grid
DSC.SPORT.0061 | story    | knockout round
DSC.SPORT.0062 | story    | round of 16
DSC.SPORT.0063 | story    | quarter-final
DSC.SPORT.0064 | story    | quarterfinal
DSC.SPORT.0065 | story    | semi-final
DSC.SPORT.0066 | story    | semifinal
DSC.SPORT.0067 | story    | group stage
DSC.SPORT.0068 | story    | head coach
DSC.SPORT.0069 | story    | team captain
DSC.SPORT.0070 | sentence | knockout punch
DSC.SPORT.0071 | story    | heavyweight title
DSC.SPORT.0072 | story    | UFC
DSC.SPORT.0073 | sentence | gold medal
DSC.SPORT.0074 | sentence | silver medal
DSC.SPORT.0075 | sentence | bronze medal
DSC.SPORT.0076 | story    | world record time
DSC.SPORT.0077 | story    | marathon winner
DSC.SPORT.0078 | story    | Tour de France
DSC.SPORT.0079 | story    | yellow jersey
DSC.SPORT.0081 | story    | league table
DSC.SPORT.0083 | story    | full-time whistle
# sports words also used in politics: sentence scope only
DSC.SPORT.0100 | sentence | beat them in the final
DSC.SPORT.0101 | sentence | won the final
DSC.SPORT.0102 | sentence | lost the final
DSC.SPORT.0104 | sentence | red card
DSC.SPORT.0105 | sentence | World Cup qualifier
DSC.SPORT.0106 | sentence | World Cup qualifying
DSC.SPORT.0107 | sentence | friendly match
DSC.SPORT.0108 | sentence | away game
DSC.SPORT.0109 | sentence | home game
DSC.SPORT.0110 | sentence | away match
DSC.SPORT.0111 | sentence | home match
DSC.SPORT.0112 | sentence | national team
DSC.SPORT.0113 | sentence | football club
DSC.SPORT.0114 | sentence | soccer club
DSC.SPORT.0115 | sentence | Olympic champion
DSC.SPORT.0116 | sentence | world champion
DSC.SPORT.0117 | sentence | defending champion
DSC.SPORT.0118 | sentence | title race
DSC.SPORT.0119 | sentence | scoreline

# ---------------------------------------------------------------- entertainment and culture
DSC.ENT.0001   | sentence | box office
DSC.ENT.0002   | sentence | box-office
DSC.ENT.0003   | sentence | Academy Award
DSC.ENT.0004   | sentence | Academy Awards
DSC.ENT.0005   | sentence | Golden Globe
DSC.ENT.0006   | sentence | Grammy Award
DSC.ENT.0007   | sentence | Grammy Awards
DSC.ENT.0009   | story    | reality show
DSC.ENT.0010   | story    | reality TV star
DSC.ENT.0011   | story    | sitcom
DSC.ENT.0012   | story    | the album
DSC.ENT.0013   | story    | new album
DSC.ENT.0014   | story    | debut album
DSC.ENT.0015   | story    | music video
DSC.ENT.0016   | story    | world tour dates
DSC.ENT.0017   | story    | Billboard chart
DSC.ENT.0018   | story    | streaming series
DSC.ENT.0019   | story    | season finale
DSC.ENT.0020   | story    | film premiere
DSC.ENT.0021   | sentence | starring
DSC.ENT.0023   | sentence | best actress
DSC.ENT.0024   | sentence | best actor
DSC.ENT.0025   | sentence | best picture

# ---------------------------------------------------------------- markets, weather, lifestyle
DSC.MKT.0001   | sentence | Dow Jones Industrial Average
DSC.MKT.0002   | sentence | S&P 500
DSC.MKT.0003   | sentence | Nasdaq Composite
DSC.MKT.0004   | sentence | FTSE 100
DSC.MKT.0005   | sentence | Nikkei 225
DSC.MKT.0006   | sentence | Hang Seng index
DSC.MKT.0007   | sentence | blue-chip index
DSC.MKT.0008   | sentence | shares closed
DSC.MKT.0009   | sentence | shares rose
DSC.MKT.0010   | sentence | shares fell
DSC.MKT.0011   | sentence | stocks rose
DSC.MKT.0012   | sentence | stocks fell
DSC.MKT.0013   | sentence | quarterly earnings
DSC.MKT.0014   | sentence | earnings per share
DSC.MKT.0015   | sentence | net profit rose
DSC.MKT.0016   | sentence | net profit fell
DSC.WX.0001    | sentence | weather forecast
DSC.WX.0002    | story    | sunny spells
DSC.WX.0003    | story    | scattered showers
DSC.LIFE.0001  | story    | tablespoon
DSC.LIFE.0002  | story    | teaspoon
DSC.LIFE.0003  | story    | preheat the oven
DSC.LIFE.0004  | story    | horoscope
DSC.LIFE.0005  | story    | crossword
DSC.LIFE.0007  | story    | fashion week
DSC.LIFE.0008  | story    | catwalk
