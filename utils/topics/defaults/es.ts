import type { DefaultTopicTerms } from './types';

const NATO = '(OTAN OR NATO OR Alianza OR "Alianza Atlántica")';
const UKRAINE = '(Ucrania OR ucranian* OR Kiev OR Kyiv OR Zelenski*)';
// Other things called security (energy, food…) that guarantees are given for.
const OTHER_SECURITY = '(energética OR energéticas OR alimentaria OR alimentarias OR gas OR nuclear)';

export const es: DefaultTopicTerms = {
  lang: 'es',
  natoEnlargement: [
    `(ampliación OR ampliaciones OR ampliar OR amplía OR expansión OR expandir OR expande OR extensión OR extender) NEAR/4 ${NATO}`,
    `(${NATO} OR expansión OR ampliación OR avance) NEAR/4 "hacia el este"`,
    `(adhesión OR adherirse OR adhiera OR ingreso OR ingresar OR ingrese OR ingresen OR incorporación OR incorporarse OR incorpore OR unirse OR unirá OR entrada OR entrar OR membresía OR candidatura OR candidato* OR solicitud) NEAR/4 ${NATO}`,
    `(convertirse OR convertirá OR "se convierte" OR ser OR sea OR sean) NEAR/3 (miembro OR miembros) NEAR/5 ${NATO}`,
    `("nuevo miembro" OR "nuevos miembros" OR "miembro número 32" OR "miembro 32") NEAR/5 ${NATO}`,
    `("puertas abiertas" OR "puerta abierta") NEAR/8 ${NATO}`,
    `(puerta OR puertas) NEAR/3 ${NATO}`,
    `("miembro de pleno derecho" OR "camino hacia" OR renuncia* OR renunciar) NEAR/5 ${NATO}`,
    '"Plan de Acción para la Adhesión" OR "protocolo* de adhesión"',
    `ratifica* NEAR/6 (adhesión OR ingreso OR candidatura) NEAR/6 ${NATO}`,
    `"en la OTAN" NEAR/3 (ingreso OR entrada OR entrar OR integración OR integrarse)`,
    `(Rusia OR ruso OR rusa OR Moscú OR Kremlin) NEAR/4 ("exigencias de seguridad" OR "garantías de seguridad" OR "borrador* de tratado")`,
  ],
  securityGuarantees: [
    `("garantías de seguridad" NEAR/3 NOT ("para Rusia" OR "a Rusia" OR "para Moscú" OR "de Rusia")) NEAR/6 (Occidente OR occidentales OR OTAN OR Washington OR "Estados Unidos")`,
    `((protección OR proteger OR paraguas OR escudo) NEAR/3 ${NATO}) NEAR/8 ${UKRAINE}`,
    `(("garantías de seguridad" OR "garantía de seguridad" OR "garantías para la seguridad" OR garante OR garantes) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `((garantía* NEAR/8 (adhesión OR ingreso OR ingresar OR unirse OR neutralidad OR neutral)) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `((garantía* NEAR/4 (seguridad OR soberanía OR protección OR defensa OR proteger OR defender)) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(("acuerdo* de seguridad" OR "compromiso* de seguridad") NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    '"Memorando de Budapest" OR "Memorándum de Budapest"',
    '"coalición de voluntarios" OR "coalición de los dispuestos" OR "coalición de países dispuestos"',
    '"artículo 5" NEAR/4 (tipo OR similar OR equivalente OR inspirad* OR modelo)',
    '"fuerza de reaseguro"',
  ],
};
