/**
 * Common first names and the gender they nearly always mark, shared by every language (a French article
 * quotes "Olaf Scholz" and an English one "Ségolène Royal"): the last resort for a name's gender when the
 * article gives none (no title, role, honorific or pronoun that points back to it), so that "he" does not
 * stand for "Katy Barnett". Written folded (lower case, no diacritics; "ł" stays, as folding keeps it), Polish,
 * Italian, Spanish, Ukrainian and Russian names as their press writes them in Latin letters. Names given to both
 * sexes in some of the languages the engine reads are left out ("Jean", "Andrea", "Simone", "Kim", "Dominique",
 * "Sasha", "Nicola", "Rosario").
 */
import { foldText } from '../text/normalize';
import type { Gender } from './lexicon/types';

const MASCULINE = `
aaron abdul adam adrian ahmed alain alan albert alejandro aleksandr alexander alexandre alexei alfred ali
alistair anders andre andreas andrew andriy andy angus anthony antoine anton antonio armin arnaud arthur barack
ben benjamin benoit bernard bernd bill bob boris brad brandon brian bruce bruno carl carlos charles chris
christian christoph christophe christopher claus colin conor craig daniel darren david dennis denis derek
dieter dmitri dmitry dmytro doug douglas duncan edouard edward emmanuel eric erik ernst fabian fabien
felix fernando florian francis francisco francois frank franz frederic friedrich gabriel gareth gary
gavin georg george gerald gerard gerhard gilles gordon graham greg gregory guillaume gunther hans harald
harold harry heiko heinrich heinz helmut henri henry herbert hubert hugo ian igor ivan jack jacob jacques
jake james jason javier jeff jeffrey jens jeremy jerome jim jimmy joachim joe joel johann johannes
john jonathan jorg jose joseph juan jurgen justin karl keith kenneth kevin klaus kurt larry laurent
lars leon leonid lionel louis luc lucas ludovic luis lukas manfred manuel marc marcel marco mario mark
markus martin matteo matthew matthias maurice max maxime michael michel miguel mike mikhail mohamed
mohammed muhammad nathan neil nicholas nick nicolas nigel norbert olaf olivier oleksandr oleksiy oliver
oscar pablo pascal patrick paul pedro peter petro philip philipp philippe pierre ralf ralph raymond
reinhard remi richard rishi robert roberto rolf roman ronald rudolf ryan samuel scott sean sebastian
sebastien serge sergei sergey sergiy simon stefan stephane stephen steve steven stuart sven theo thierry
thomas tim timothy tobias todd tom tony torsten uwe valentin viktor vincent vitali vladimir volker
volodymyr walter wayne werner wilhelm william wolfgang xavier yannick yves
andrzej bartosz bogdan czesław dariusz grzegorz henryk jacek jakub janusz jarosław jerzy kamil kazimierz
krzysztof leszek łukasz maciej marcin marek mariusz mateusz michał mirosław paweł piotr przemysław radosław
rafał ryszard sławomir stanisław szymon tadeusz tomasz waldemar wiesław witold władysław wojciech zbigniew
zdzisław alberto alessandro alessio carlo claudio dario enrico fabio federico filippo francesco giacomo
giancarlo gianni giorgio giovanni giulio giuseppe guido lorenzo luca luciano luigi massimo maurizio mauro
paolo pietro raffaele riccardo salvatore sergio silvio stefano tommaso umberto vittorio alfonso alvaro andres
diego eduardo emilio enrique esteban felipe gonzalo gustavo ignacio jaime jesus jorge julio mariano mateo
rafael ramon ricardo rodrigo santiago andrii bohdan borys mykola mykhailo oleh pavlo serhiy taras vasyl
vitaliy yevhen yuriy aleksei alexey anatoly andrei gennady grigory konstantin maxim nikolai oleg pavel pyotr
vadim valery vyacheslav yevgeny yuri
`;

const FEMININE = `
agnes alexandra alice alicia alina alison amanda amelie amy ana anastasia angela angelika anita ann anna
annalena anne annegret annette antje audrey barbara beatrice birgit brigitte carmen caroline catherine
cecile celine charlotte chloe christina christine chrystia claire claudia corinne cynthia dagmar daniela
deborah diana diane dorothee elena eleonore elisabeth elizabeth ellen emilie emily emma eva evelyne
fabienne florence francoise franziska gabriele gabrielle genevieve gisele hannah heike helen helene
hillary ingrid irina isabel isabelle jacqueline jana jane janet jennifer jessica joanna joanne johanna
josephine judith julia julie juliette julija justine karen karin kate katharina katherine kathleen
kathrin katja katy kerstin kristina laura lea linda lisa louise lucie lucy lydia magali
maria marianne marie marina marine marion martha martina mary melanie melissa michelle monika
monique nadine nancy natalia natalie nathalie nicole nina olena olga pamela patricia paula petra rachel
rebecca regina renate rita ruth sabine sabrina sandra sarah segolene silke silvia sophie stephanie
susan susanne svenja svetlana sylvie tanja tatiana theresa ulrike ursula valerie vanessa veronique wendy
victoria virginie yulia yvonne zoe
agata agnieszka aleksandra beata bozena dorota edyta elzbieta ewa grazyna halina iwona izabela jadwiga jolanta
justyna kamila katarzyna krystyna magdalena małgorzata marta marzena renata teresa urszula wanda weronika
zofia zuzanna alessandra chiara cristina elisa elisabetta federica francesca giorgia giovanna giulia ilaria
lucia paola roberta rosa sara serena valentina beatriz carolina consuelo dolores esperanza gloria ines luisa
marisol mercedes pilar raquel rocio soledad yolanda iryna kateryna oksana nataliya tetiana liudmyla halyna
valentyna viktoriya yuliia ekaterina lyudmila galina tatyana yekaterina
`;

const genders = new Map<string, Gender>([
  ...MASCULINE.split(/\s+/)
    .filter(Boolean)
    .map((n): [string, Gender] => [n, 'm']),
  ...FEMININE.split(/\s+/)
    .filter(Boolean)
    .map((n): [string, Gender] => [n, 'f']),
]);

/** The gender a person's first name marks ("Katy Barnett" → f), or undefined when unknown or shared. */
export function genderOfFirstName(name: string): Gender | undefined {
  const first = foldText(name).split(/[\s-]+/)[0] ?? '';
  return genders.get(first);
}
