/** @module The terms of a demo job order: title, pay and bill rates, dates, shift, skills and a description. */
import type { CreateJobOrderRequest } from '../../contract/job-orders.ts';
import type { JobType } from '../../domain/candidate.ts';
import { addWorkdays, type LocalDate, weeksOfWork } from './calendar.ts';
import type { Random } from './random.ts';
import { type TradeKey, trades } from './trades.ts';

const cents = (n: number) => Math.round(n * 100) / 100;

const shiftText: Record<string, string> = {
  day: 'first shift (7:00–3:30)',
  evening: 'second shift (3:00–11:30)',
  night: 'third shift (11:00 pm–7:30 am)',
  weekend: 'weekend shift (Fri–Sun, 12 hours)',
  rotating: 'rotating shifts',
  flexible: 'flexible hours',
};

export interface OrderTerms {
  input: Omit<CreateJobOrderRequest, 'clientId'>;
  startDate: LocalDate;
  endDate: LocalDate | null;
}

/** Terms as the account manager takes them down from the client. */
export function orderTerms(
  random: Random,
  order: { trade: TradeKey; type: JobType; openings: number; received: LocalDate; urgent: boolean },
  client: { name: string; addressLine: string | null; city: string | null; postcode: string | null },
  contactId: string | null,
): OrderTerms {
  const trade = trades[order.trade];
  const baseTitle = random.pick(trade.titles);
  const title =
    order.type === 'temp_to_hire' && random.chance(0.4)
      ? `${baseTitle} (temp to hire)`
      : order.type === 'direct_hire' && random.chance(0.3)
        ? `Senior ${baseTitle.toLowerCase()}`
        : baseTitle;
  const shift = random.weighted(trade.shifts);
  const startDate = order.urgent
    ? addWorkdays(order.received, random.int(0, 1))
    : addWorkdays(order.received, random.int(2, 8));
  const endDate =
    order.type === 'temp' && random.chance(0.75) ? weeksOfWork(startDate, random.int(3, 16)) : null;
  const salaried = order.type === 'direct_hire';
  const payRate = salaried
    ? random.round(random.between(trade.salary[0], trade.salary[1]), 1000)
    : random.round(random.between(trade.pay[0], trade.pay[1]), 0.25);
  const billRate = salaried ? null : cents(payRate * random.between(1.42, 1.62));
  const skills = random.sample(trade.skills, random.int(2, 3));
  const description = [
    `${client.name} needs ${order.openings === 1 ? 'one' : order.openings} ${baseTitle.toLowerCase()}${order.openings === 1 ? '' : 's'} on ${shiftText[shift] ?? shift}.`,
    `Day to day: ${random.pick(trade.duties).replace(/^\w/, (c) => c.toLowerCase())}.`,
    `Must have: ${skills.join(', ').toLowerCase()}.`,
    salaried ? 'Permanent role with benefits; fee 20% of first-year salary, 90-day guarantee.' : null,
    order.type === 'temp_to_hire' ? 'Client converts after 520 hours if it is a good fit.' : null,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    startDate,
    endDate,
    input: {
      title,
      description,
      category: trade.category,
      type: order.type,
      openings: order.openings,
      payRate,
      billRate,
      rateUnit: salaried ? 'year' : 'hour',
      startDate,
      endDate,
      shift,
      locationLine: client.addressLine,
      city: client.city,
      postcode: client.postcode,
      requiredSkills: skills,
      contactId,
      published: random.chance(0.4),
    },
  };
}
