/**
 * Common first names and the gender they nearly always mark, shared by every language (a French article
 * quotes "Olaf Scholz" and an English one "Ségolène Royal"): the last resort for a name's gender when the
 * article gives none (no title, role, honorific or pronoun that points back to it), so that "he" does not
 * stand for "Katy Barnett". Written folded (lower case, no diacritics). Names given to both sexes in some of
 * the languages the engine reads are left out ("Jean", "Andrea", "Simone", "Kim", "Dominique", "Sasha").
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
