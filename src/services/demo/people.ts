/**
 * @module Names, email addresses and phone numbers for the demo's people. Emails use the reserved `.example` domains
 * and phones the 555-0100…0199 range kept for fiction, so no demo record can reach a real person.
 */
import type { Random } from './random.ts';

/** A list written as words separated by white space (compact for long lists of names). */
const words = (text: string) => text.split(/\s+/).filter(Boolean);

export const firstNames: readonly string[] = words(`
  Maria James Ana Michael Jennifer David Luis Sarah Kevin Ashley José Emily Brian Jessica Carlos
  Nicole Daniel Stephanie Anthony Amanda Christopher Melissa Matthew Rosa Joseph Lauren Juan Megan
  Thomas Rachel Ryan Samantha Patrick Katherine Sean Brianna Marcus Tiffany Andre Keisha Jamal Tanisha
  Darnell Aaliyah Tyrone Jasmine Malik Imani Rafael Fernanda Thiago Camila Gabriel Larissa João
  Beatriz Paulo Mariana Pedro Isabela Minh Linh Tuan Thao Wei Mei Jun Li Raj Priya Arjun Deepa Samuel
  Grace Kwame Ama Kofi Efua Jean Nadège Ricardo Yesenia Hector Marisol Victor Gloria Francisco Carmen
  Miguel Lucía Connor Erin Liam Caitlin Brendan Colleen Dominic Gina Vincent Theresa Omar Fatima
  Hassan Amina Dmitri Olga Tomasz Agnieszka Kenji Yuki
`);

export const lastNames: readonly string[] = words(`
  Santos Oliveira Silva Pereira Costa Ferreira Rodrigues Almeida Souza Lima Rodriguez Martinez
  Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Rivera Flores Cruz Reyes Ortiz Morales
  Gutierrez Vargas Castillo Jimenez Mendoza Murphy O'Brien Sullivan Kelly Walsh McCarthy Fitzgerald
  Doherty Connolly Gallagher Russo Ricci DeLuca Romano Marino Bianchi Caruso Ferraro Conti Greco
  Johnson Williams Brown Jones Davis Miller Wilson Moore Taylor Anderson Thomas Jackson White Harris
  Martin Thompson Robinson Clark Lewis Walker Nguyen Tran Le Pham Huynh Chen Wang Liu Zhang Huang
  Patel Shah Singh Kumar Mehta Mensah Owusu Boateng Asante Okafor Pierre Jean-Baptiste Joseph Charles
  Louis Fontes Andrade Barros Teixeira Monteiro Kowalski Nowak Ivanov Petrov Tanaka Sato Haddad Khoury
  Ali Hassan Baker Campbell Mitchell Carter Roberts Phillips Evans Turner Parker Collins
`);

const mailDomains = ['mail.example', 'inbox.example', 'post.example', 'webmail.example', 'netmail.example'];

/** The part of a name that fits in an email address: "O'Brien" → "obrien", "João" → "joao". */
const mailPart = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** A personal email the way people pick them, unique among those already handed out. */
export function personalEmail(random: Random, first: string, last: string, taken: Set<string>): string {
  const f = mailPart(first);
  const l = mailPart(last);
  for (let attempt = 0; ; attempt++) {
    const n = random.int(1, 99);
    const local = random.weighted<string>([
      [`${f}.${l}`, 3],
      [`${f}.${l}${n}`, 3],
      [`${f[0]}${l}${n}`, 2],
      [`${f}${l[0]}${random.int(70, 99)}`, 1],
      [`${f}_${l}`, 1],
      [`${l}.${f}`, 1],
    ]);
    const address = `${attempt > 2 ? `${local}${attempt}` : local}@${random.pick(mailDomains)}`;
    if (!taken.has(address)) {
      taken.add(address);
      // Some people type their address with capitals; the system compares it case-insensitively.
      return random.chance(0.08) ? address.replace(/^\w/, (c) => c.toUpperCase()) : address;
    }
  }
}

/** A work email at a company's domain. */
export const workEmail = (first: string, last: string, domain: string) =>
  `${mailPart(first)}.${mailPart(last)}@${domain}`;

/** Massachusetts area codes: Boston and its ring, the North Shore and Merrimack Valley, Worcester and central. */
const areaCodes = ['617', '857', '781', '339', '978', '351', '508', '774'];

/**
 * Hands out phone numbers in the fictional 555-01xx range, each once, typed in the many ways people write them.
 */
export class PhoneBook {
  readonly #numbers: string[];

  constructor(random: Random) {
    const all: string[] = [];
    for (const area of areaCodes)
      for (let i = 0; i < 100; i++) all.push(`${area}555${String(100 + i).padStart(4, '0')}`);
    this.#numbers = random.shuffle(all);
  }

  next(random: Random, preferArea?: 'boston' | 'worcester'): string {
    const wanted = preferArea === 'worcester' ? ['508', '774', '978'] : ['617', '857', '781', '339'];
    const index = this.#numbers.findIndex((n) => wanted.includes(n.slice(0, 3)));
    const [digits] = this.#numbers.splice(index >= 0 ? index : 0, 1);
    if (!digits) throw new Error('the demo ran out of fictional phone numbers');
    const [a, b, c] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
    return random.weighted<string>([
      [`(${a}) ${b}-${c}`, 4],
      [`${a}-${b}-${c}`, 4],
      [`${a}.${b}.${c}`, 1],
      [`+1 ${a} ${b} ${c}`, 1],
      [`${a}${b}${c}`, 1],
      [`${a} ${b} ${c}`, 1],
    ]);
  }
}
