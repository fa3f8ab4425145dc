/**
 * Common first names whose bearer's gender is clear in news (our own list, compiled by hand): the
 * discourse memory reads "she" as the last woman named and "he" as the last man, when the article
 * names both. Names borne by both (Jean, Andrea, Kim, Alex, Sam, Jordan, Ashley, Kelly) and East
 * Asian names, whose first word is often the family name, are in neither list.
 */
const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean))

export const FEMALE_NAMES: ReadonlySet<string> = words(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
  kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia amy anna angela
  helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
  virginia victoria lauren christina joan evelyn judith megan hannah martha gloria teresa ann sara madison
  frances kathryn janice alice julia grace judy abigail marie denise beverly amber theresa marilyn danielle
  diana brittany natalie sophia rose isabella alexis kayla charlotte jane emma ursula annalena svenja
  christiana ines isabel isabelle sophie claire chloe camille manon lea juliette agnes nathalie
  francoise marine brigitte sabine petra ulrike katrin birgit monika anja giorgia giulia francesca chiara elena
  silvia paola marta lucia carmen ana marina dilma gabriela fernanda beatriz luisa mariana claudia
  yolanda pilar rocio irene natalia olga svetlana tatiana yulia irina ekaterina anastasia
  fatima aisha amina mariam maryam zainab khadija leila layla noura hessa reem yasmin salma nadia samia
  ngozi wanjiru wangari winnie mercy esther faith hope charity precious
  priya sunita anita kavita lakshmi nirmala smriti indira sonia hasina benazir malala
  jacinda mia kristalina kamala hillary nikki penny tanya jacqueline ida lena lina maja ingrid astrid
  sigrid karin kirsten mette sanna helle liv greta vanessa licypriya teresa susana ivonne
  sue kate liz beth jen kathy meg jenny becky annie lucy ellie molly
  aino rasa jolanta agnieszka katarzyna malgorzata dorota ewa zuzana jana ilze inga sadia ayesha shabana
  chiamaka nkechi adaeze fatou aminata
`)

export const MALE_NAMES: ReadonlySet<string> = words(`
  james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark
  donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
  nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick
  jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith
  christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe bruce billy albert
  willie gabriel logan ralph roy eugene russell bobby mason philip louis boris rishi keir emmanuel olaf
  barack narendra vladimir recep luiz inacio jair gustavo javier andres manuel
  pedro paulo marcos joao joão carlos juan luis miguel jorge diego fernando ricardo sergio alberto eduardo antonio francisco rafael
  marco matteo giuseppe mario luigi giovanni paolo enrico mattia lorenzo pierre francois jacques
  michel philippe nicolas laurent olivier thierry bruno hans klaus wolfgang jurgen gerhard helmut frank-walter
  friedrich markus stefan tobias lars sven anders erik johan magnus jonas ole jens mikael
  mohammed mohamed muhammad ahmed ahmad ali hassan hussein omar abdullah abdul khalid faisal salman
  mahmoud youssef yousef ibrahim ismail mustafa tayyip hamad tamim saud
  uhuru cyril thabo muhammadu bola goodluck olusegun yoweri abiy
  shinzo fumio yoshihide taro kenji hiroshi takeshi kazuo junichiro
  joko prabowo anwar mahathir rodrigo ferdinand bongbong
  malcolm tony simon mukhtar kofi
  tom jim bob bill mike dave steve ben dan ed nick pete rob ted tim greg jeff ken ron doug
  tomas tomasz piotr andrzej krzysztof pawel marek jari mikko juha emeka chinedu kwame kwabena imran
  rahul arun amit sanjay rajesh vijay ashok suresh ravi
`)

/**
 * Whether a word is a first name of either list: a country's or capital's name right after one is a
 * surname ("Ana Lima", "Jorge Lima", "Michael Jordan"), not a place.
 */
export function isFirstName(word: string): boolean {
  const w = word.toLowerCase()
  return FEMALE_NAMES.has(w) || MALE_NAMES.has(w)
}
