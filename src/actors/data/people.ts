/**
 * Well-known office holders 2015-2025 who speak or act for a country or a
 * group in climate news: heads of state and government, foreign, climate,
 * energy and trade ministers, climate envoys, the heads of the scored
 * bodies, and legislative leaders whose acts make climate diplomacy (a US
 * House Speaker's trip to Taiwan ended US-China climate talks in 2022).
 * Facts from the Wikipedia lists of office holders of each post (as of
 * 2025); a person is listed under the actor they act for in most climate
 * coverage (Alok Sharma as COP26 president acted for the UK, Sultan Al Jaber
 * as COP28 president for the UAE).
 *
 * Row: full name | actor | role | other spellings of the full name (;) |
 * short forms used on later mention (;) | `*` when the short form alone is
 * unambiguous enough to name the person with no full name in the article.
 */
const ROWS = `
Joe Biden|USA|President|Joseph R. Biden;Joseph R. Biden Jr.;Joseph Biden;Joe R. Biden|Biden|*
Donald Trump|USA|President|Donald J. Trump|Trump|*
Barack Obama|USA|President||Obama|*
Kamala Harris|USA|Vice President||Harris|
John Kerry|USA|climate envoy|John F. Kerry;John Forbes Kerry|Kerry|*
John Podesta|USA|climate envoy||Podesta|
Todd Stern|USA|climate envoy||Stern|
Antony Blinken|USA|Secretary of State|Tony Blinken|Blinken|*
Mike Pompeo|USA|Secretary of State||Pompeo|*
Rex Tillerson|USA|Secretary of State||Tillerson|*
Marco Rubio|USA|Secretary of State||Rubio|
Katherine Tai|USA|Trade Representative||Tai|
Gina Raimondo|USA|Commerce Secretary||Raimondo|*
Janet Yellen|USA|Treasury Secretary||Yellen|*
Jennifer Granholm|USA|Energy Secretary||Granholm|*
Chris Wright|USA|Energy Secretary||Wright|
Jake Sullivan|USA|National Security Adviser||Sullivan|
Gina McCarthy|USA|National Climate Adviser||McCarthy|
Michael Regan|USA|EPA Administrator||Regan|
Lee Zeldin|USA|EPA Administrator||Zeldin|
Doug Burgum|USA|Interior Secretary||Burgum|
Howard Lutnick|USA|Commerce Secretary||Lutnick|*
Jamieson Greer|USA|Trade Representative||Greer|
Xi Jinping|CHN|President|Xi Jin Ping|Xi|*
Li Keqiang|CHN|Premier||Li|
Li Qiang|CHN|Premier||Li|
Han Zheng|CHN|Vice Premier||Han|
Ding Xuexiang|CHN|Vice Premier||Ding|
Liu He|CHN|Vice Premier||Liu|
Wang Yi|CHN|Foreign Minister||Wang|
Qin Gang|CHN|Foreign Minister||Qin|
Xie Zhenhua|CHN|climate envoy||Xie|*
Liu Zhenmin|CHN|climate envoy||Liu|
Huang Runqiu|CHN|Minister of Ecology and Environment||Huang|
Wang Wentao|CHN|Commerce Minister||Wang|
Zhao Lijian|CHN|Foreign Ministry spokesman||Zhao|
Wang Wenbin|CHN|Foreign Ministry spokesman||Wang|
Hua Chunying|CHN|Foreign Ministry spokeswoman||Hua|
Mao Ning|CHN|Foreign Ministry spokeswoman||Mao|
Lin Jian|CHN|Foreign Ministry spokesman||Lin|
Liu Youbin|CHN|Ministry of Ecology and Environment spokesman||Liu|
Shu Jueting|CHN|Commerce Ministry spokeswoman||Shu|
He Yadong|CHN|Commerce Ministry spokesman|||
Shinzo Abe|JPN|Prime Minister||Abe|
Yoshihide Suga|JPN|Prime Minister||Suga|*
Fumio Kishida|JPN|Prime Minister||Kishida|*
Shigeru Ishiba|JPN|Prime Minister||Ishiba|*
Sanae Takaichi|JPN|Prime Minister||Takaichi|*
Toshimitsu Motegi|JPN|Foreign Minister||Motegi|*
Yoshimasa Hayashi|JPN|Foreign Minister||Hayashi|
Yoko Kamikawa|JPN|Foreign Minister||Kamikawa|
Takeshi Iwaya|JPN|Foreign Minister||Iwaya|
Shinjiro Koizumi|JPN|Environment Minister||Koizumi|
Hiroshi Kajiyama|JPN|Economy, Trade and Industry Minister||Kajiyama|
Koichi Hagiuda|JPN|Economy, Trade and Industry Minister||Hagiuda|
Yasutoshi Nishimura|JPN|Economy, Trade and Industry Minister||Nishimura|
Ken Saito|JPN|Economy, Trade and Industry Minister||Saito|
Yoji Muto|JPN|Economy, Trade and Industry Minister||Muto|
Katsunobu Kato|JPN|Chief Cabinet Secretary||Kato|
Narendra Modi|IND|Prime Minister||Modi|*
Bhupender Yadav|IND|Environment Minister||Yadav|
Prakash Javadekar|IND|Environment Minister||Javadekar|*
Piyush Goyal|IND|Commerce and Industry Minister||Goyal|*
Subrahmanyam Jaishankar|IND|External Affairs Minister|S. Jaishankar;S Jaishankar|Jaishankar|*
R.K. Singh|IND|Power Minister|R. K. Singh;Raj Kumar Singh|Singh|
Nirmala Sitharaman|IND|Finance Minister||Sitharaman|*
Droupadi Murmu|IND|President||Murmu|
Pralhad Joshi|IND|Renewable Energy Minister||Joshi|
Boris Johnson|GBR|Prime Minister||Johnson|
Theresa May|GBR|Prime Minister||May|
David Cameron|GBR|Prime Minister||Cameron|
Rishi Sunak|GBR|Prime Minister||Sunak|*
Liz Truss|GBR|Prime Minister||Truss|
Keir Starmer|GBR|Prime Minister||Starmer|*
Alok Sharma|GBR|COP26 President||Sharma|
Ed Miliband|GBR|Energy Secretary||Miliband|*
Grant Shapps|GBR|Energy Secretary||Shapps|
Claire Coutinho|GBR|Energy Secretary||Coutinho|
Kwasi Kwarteng|GBR|Business Secretary||Kwarteng|
Dominic Raab|GBR|Foreign Secretary||Raab|
James Cleverly|GBR|Foreign Secretary||Cleverly|
David Lammy|GBR|Foreign Secretary||Lammy|
Zac Goldsmith|GBR|minister||Goldsmith|
Graham Stuart|GBR|climate minister||Stuart|
Emmanuel Macron|FRA|President||Macron|*
Francois Hollande|FRA|President|François Hollande|Hollande|*
Laurent Fabius|FRA|COP21 President||Fabius|
Barbara Pompili|FRA|Ecological Transition Minister||Pompili|
Agnes Pannier-Runacher|FRA|Energy Transition Minister|Agnès Pannier-Runacher|Pannier-Runacher|
Angela Merkel|DEU|Chancellor||Merkel|*
Olaf Scholz|DEU|Chancellor||Scholz|*
Friedrich Merz|DEU|Chancellor||Merz|*
Svenja Schulze|DEU|Environment Minister||Schulze|
Annalena Baerbock|DEU|Foreign Minister||Baerbock|*
Robert Habeck|DEU|Economy and Climate Minister||Habeck|*
Jennifer Morgan|DEU|climate envoy||Morgan|
Steffi Lemke|DEU|Environment Minister||Lemke|
Peter Altmaier|DEU|Economy Minister||Altmaier|
Vladimir Putin|RUS|President||Putin|*
Dmitry Medvedev|RUS|Prime Minister||Medvedev|*
Mikhail Mishustin|RUS|Prime Minister||Mishustin|*
Sergei Lavrov|RUS|Foreign Minister|Sergey Lavrov|Lavrov|*
Dmitry Peskov|RUS|Kremlin spokesman||Peskov|*
Ruslan Edelgeriev|RUS|climate envoy||Edelgeriev|
Alexander Novak|RUS|Deputy Prime Minister||Novak|
Luiz Inacio Lula da Silva|BRA|President|Luiz Inácio Lula da Silva;Lula da Silva|Lula|*
Jair Bolsonaro|BRA|President||Bolsonaro|*
Marina Silva|BRA|Environment Minister||Silva|
Ricardo Salles|BRA|Environment Minister||Salles|
Joaquim Leite|BRA|Environment Minister||Leite|
Andre Correa do Lago|BRA|COP30 President|André Corrêa do Lago|Correa do Lago;Corrêa do Lago|
Scott Morrison|AUS|Prime Minister||Morrison|
Anthony Albanese|AUS|Prime Minister||Albanese|*
Malcolm Turnbull|AUS|Prime Minister||Turnbull|*
Chris Bowen|AUS|Climate Change and Energy Minister||Bowen|
Angus Taylor|AUS|Energy Minister||Taylor|
Penny Wong|AUS|Foreign Minister||Wong|
Marise Payne|AUS|Foreign Minister||Payne|
Madeleine King|AUS|Resources Minister||King|
Don Farrell|AUS|Trade Minister||Farrell|
Justin Trudeau|CAN|Prime Minister||Trudeau|*
Mark Carney|CAN|Prime Minister||Carney|
Steven Guilbeault|CAN|Environment Minister||Guilbeault|*
Jonathan Wilkinson|CAN|Natural Resources Minister||Wilkinson|
Catherine McKenna|CAN|Environment Minister||McKenna|
Chrystia Freeland|CAN|Deputy Prime Minister||Freeland|*
Moon Jae-in|KOR|President|Moon Jae-In|Moon|
Yoon Suk Yeol|KOR|President|Yoon Suk-yeol;Yoon Suk-Yeol|Yoon|*
Lee Jae-myung|KOR|President|Lee Jae-Myung|Lee|
Joko Widodo|IDN|President|Jokowi|Widodo;Jokowi|*
Prabowo Subianto|IDN|President||Prabowo|*
Siti Nurbaya Bakar|IDN|Environment Minister|Siti Nurbaya|Siti Nurbaya|
Luhut Binsar Pandjaitan|IDN|Coordinating Minister for Maritime Affairs and Investment|Luhut Pandjaitan|Luhut;Pandjaitan|*
Retno Marsudi|IDN|Foreign Minister||Marsudi;Retno|
Recep Tayyip Erdogan|TUR|President|Recep Tayyip Erdoğan|Erdogan;Erdoğan|*
Murat Kurum|TUR|Environment Minister||Kurum|
Hakan Fidan|TUR|Foreign Minister||Fidan|
Mohammed bin Salman|SAU|Crown Prince|Mohammad bin Salman;MBS|bin Salman;MBS|*
Abdulaziz bin Salman|SAU|Energy Minister|Prince Abdulaziz bin Salman|Prince Abdulaziz|*
Adel al-Jubeir|SAU|climate envoy|Adel Al-Jubeir;Adel Al Jubeir;Adel bin Ahmed Al-Jubeir|al-Jubeir;Jubeir|*
Faisal bin Farhan|SAU|Foreign Minister|Prince Faisal bin Farhan|Prince Faisal|
Sultan Ahmed Al Jaber|ARE|COP28 President|Sultan Al Jaber;Sultan al-Jaber;Sultan Al-Jaber;Sultan Ahmed al-Jaber|Al Jaber;al-Jaber;Al-Jaber;Jaber|*
Mohamed bin Zayed|ARE|President|Mohamed bin Zayed Al Nahyan;Mohammed bin Zayed|bin Zayed;MBZ|*
Mohammed bin Rashid|ARE|Vice President|Mohammed bin Rashid Al Maktoum|bin Rashid|*
Mariam Almheiri|ARE|Climate Change and Environment Minister|Mariam bint Mohammed Almheiri|Almheiri|*
Suhail Al Mazrouei|ARE|Energy Minister|Suhail al-Mazrouei|Mazrouei|*
Ursula von der Leyen|EU|European Commission President||von der Leyen|*
Frans Timmermans|EU|European Commission Executive Vice-President||Timmermans|*
Wopke Hoekstra|EU|climate commissioner||Hoekstra|*
Charles Michel|EU|European Council President||Michel|
Jean-Claude Juncker|EU|European Commission President||Juncker|*
Antonio Costa|EU|European Council President|António Costa|Costa|
Josep Borrell|EU|foreign policy chief||Borrell|*
Kadri Simson|EU|energy commissioner||Simson|
Valdis Dombrovskis|EU|trade commissioner||Dombrovskis|*
Maros Sefcovic|EU|trade commissioner|Maroš Šefčovič|Sefcovic;Šefčovič|*
Miguel Arias Canete|EU|climate commissioner|Miguel Arias Cañete|Arias Canete;Arias Cañete;Canete;Cañete|*
Kaja Kallas|EU|foreign policy chief||Kallas|
Antonio Guterres|UN|Secretary-General|António Guterres|Guterres|*
Stephane Dujarric|UN|spokesman|Stéphane Dujarric|Dujarric|*
Ban Ki-moon|UN|Secretary-General||Ban|
Amina Mohammed|UN|Deputy Secretary-General|Amina J. Mohammed|Mohammed|
Inger Andersen|UN|UNEP Executive Director||Andersen|
Patricia Espinosa|UNFCCC|Executive Secretary||Espinosa|
Simon Stiell|UNFCCC|Executive Secretary||Stiell|*
Christiana Figueres|UNFCCC|Executive Secretary||Figueres|*
Hoesung Lee|IPCC|chair||Lee|
Jim Skea|IPCC|chair||Skea|*
Fatih Birol|IEA|Executive Director||Birol|*
Haitham Al Ghais|OPEC|Secretary General|Haitham al-Ghais;Haitham Al-Ghais|Al Ghais;al-Ghais;Ghais|*
Mohammed Barkindo|OPEC|Secretary General|Mohammad Barkindo|Barkindo|*
Andres Manuel Lopez Obrador|MEX|President|Andrés Manuel López Obrador;AMLO|Lopez Obrador;López Obrador|*
Claudia Sheinbaum|MEX|President||Sheinbaum|*
Cyril Ramaphosa|ZAF|President||Ramaphosa|*
Barbara Creecy|ZAF|Environment Minister||Creecy|*
Gwede Mantashe|ZAF|Mineral Resources and Energy Minister||Mantashe|*
Muhammadu Buhari|NGA|President||Buhari|*
Bola Tinubu|NGA|President|Bola Ahmed Tinubu|Tinubu|*
Kassym-Jomart Tokayev|KAZ|President||Tokayev|*
Abdel Fattah el-Sisi|EGY|President|Abdel Fattah al-Sisi;Abdel-Fattah el-Sissi|el-Sisi;al-Sisi;Sisi|*
Sameh Shoukry|EGY|Foreign Minister||Shoukry|*
Mostafa Madbouly|EGY|Prime Minister||Madbouly|*
Benjamin Netanyahu|ISR|Prime Minister||Netanyahu|*
Naftali Bennett|ISR|Prime Minister||Bennett|
Yair Lapid|ISR|Prime Minister||Lapid|*
Sebastian Pinera|CHL|President|Sebastián Piñera|Pinera;Piñera|*
Gabriel Boric|CHL|President||Boric|*
Gustavo Petro|COL|President||Petro|*
Susana Muhamad|COL|Environment Minister||Muhamad|
Javier Milei|ARG|President||Milei|*
Alberto Fernandez|ARG|President|Alberto Fernández|Fernandez;Fernández|
Ferdinand Marcos Jr.|PHL|President|Ferdinand Marcos;Bongbong Marcos;Ferdinand R. Marcos Jr.|Marcos|
Rodrigo Duterte|PHL|President||Duterte|*
Nguyen Xuan Phuc|VNM|Prime Minister|Nguyễn Xuân Phúc|Phuc|
Pham Minh Chinh|VNM|Prime Minister|Phạm Minh Chính|Chinh|
Jacinda Ardern|NZL|Prime Minister||Ardern|*
Christopher Luxon|NZL|Prime Minister|Chris Luxon|Luxon|*
Chris Hipkins|NZL|Prime Minister||Hipkins|*
James Shaw|NZL|Climate Change Minister||Shaw|
Simon Watts|NZL|Climate Change Minister||Watts|
Todd McClay|NZL|Trade Minister||McClay|*
Enele Sopoaga|TUV|Prime Minister||Sopoaga|*
Kausea Natano|TUV|Prime Minister||Natano|*
Feleti Teo|TUV|Prime Minister||Teo|
Simon Kofe|TUV|Foreign Minister||Kofe|*
Espen Barth Eide|NOR|Climate and Environment Minister||Barth Eide;Eide|
Jonas Gahr Store|NOR|Prime Minister|Jonas Gahr Støre|Gahr Store;Gahr Støre;Store;Støre|
Erna Solberg|NOR|Prime Minister||Solberg|*
Dan Jorgensen|DNK|Climate Minister|Dan Jørgensen|Jorgensen;Jørgensen|
Mette Frederiksen|DNK|Prime Minister||Frederiksen|*
Per Bolund|SWE|Environment Minister||Bolund|*
Ulf Kristersson|SWE|Prime Minister||Kristersson|*
Magdalena Andersson|SWE|Prime Minister||Andersson|
Elisabeth Svantesson|SWE|Finance Minister||Svantesson|*
Giorgia Meloni|ITA|Prime Minister||Meloni|*
Mario Draghi|ITA|Prime Minister||Draghi|*
Gilberto Pichetto Fratin|ITA|Environment and Energy Security Minister|Gilberto Picchetto Fratin|Pichetto Fratin;Picchetto Fratin;Pichetto;Picchetto|
Roberto Cingolani|ITA|Ecological Transition Minister||Cingolani|*
Pedro Sanchez|ESP|Prime Minister|Pedro Sánchez|Sanchez;Sánchez|
Teresa Ribera|ESP|Ecological Transition Minister||Ribera|
Mateusz Morawiecki|POL|Prime Minister||Morawiecki|*
Andrzej Duda|POL|President||Duda|*
Donald Tusk|POL|Prime Minister||Tusk|*
Mark Rutte|NLD|Prime Minister||Rutte|*
Rob Jetten|NLD|Climate and Energy Minister||Jetten|*
Shehbaz Sharif|PAK|Prime Minister||Sharif|
Imran Khan|PAK|Prime Minister||Khan|
Sherry Rehman|PAK|Climate Change Minister||Rehman|
Sheikh Hasina|BGD|Prime Minister||Hasina|*
Frank Bainimarama|FJI|Prime Minister|Voreqe Bainimarama|Bainimarama|*
Sitiveni Rabuka|FJI|Prime Minister||Rabuka|*
Mia Mottley|BRB|Prime Minister|Mia Amor Mottley|Mottley|*
Tina Stege|MHL|climate envoy||Stege|
Tamim bin Hamad Al Thani|QAT|Emir|Sheikh Tamim bin Hamad Al Thani|Sheikh Tamim|*
Saad Sherida al-Kaabi|QAT|Energy Minister|Saad al-Kaabi;Saad Al-Kaabi;Saad Sherida Al-Kaabi|al-Kaabi;Al-Kaabi;Kaabi|*
Ilham Aliyev|AZE|President||Aliyev|*
Mukhtar Babayev|AZE|COP29 President||Babayev|*
William Ruto|KEN|President||Ruto|*
Tsai Ing-wen|TWN|President||Tsai|
Ali Zaidi|USA|National Climate Adviser||Zaidi|
Nancy Pelosi|USA|House Speaker||Pelosi|*
Kevin McCarthy|USA|House Speaker||McCarthy|
Mike Johnson|USA|House Speaker||Johnson|
Zhao Yingmin|CHN|Vice Minister of Ecology and Environment||Zhao|
Tsuyoshi Yamaguchi|JPN|Environment Minister||Yamaguchi|
Akihiro Nishimura|JPN|Environment Minister||Nishimura|
Shintaro Ito|JPN|Environment Minister||Ito|
Keiichiro Asao|JPN|Environment Minister||Asao|
Sussan Ley|AUS|Environment Minister||Ley|
Carsten Schneider|DEU|Environment Minister||Schneider|
Katherina Reiche|DEU|Economy and Energy Minister||Reiche|
Dion George|ZAF|Environment Minister||George|
Bahlil Lahadalia|IDN|Energy and Mineral Resources Minister||Bahlil|
Carolina Schmidt|CHL|COP25 President||Schmidt|
Michal Kurtyka|POL|COP24 President|Michał Kurtyka|Kurtyka|*
Lai Ching-te|TWN|President||Lai|
`

/** A well-known office holder. */
export interface KnownPerson {
  readonly name: string
  readonly actor: string
  readonly role: string
  /** Other spellings of the full name. */
  readonly variants: readonly string[]
  /** Forms used on later mention ("Kerry", "Xi", "Al Jaber"). */
  readonly short: readonly string[]
  /** True when a short form alone names the person even with no full name in the article. */
  readonly famous: boolean
}

function split(field: string | undefined): string[] {
  return (field ?? '').split(';').map((s) => s.trim()).filter(Boolean)
}

export const KNOWN_PEOPLE: readonly KnownPerson[] = ROWS.trim()
  .split('\n')
  .map((row) => {
    const [name, actor, role, variants, short, famous] = row.split('|')
    return { name, actor, role, variants: split(variants), short: split(short), famous: famous === '*' }
  })
