/**
 * Article texts for the watch tests, written for them (made-up reports about the region, not taken
 * from any source): two reports of one round of border talks, and a few others.
 */
export const GABALA_A = {
  title: 'Border talks in Gabala',
  paragraphs: [
    'Armenia and Azerbaijan held talks in Gabala on 14 November 2026 on the delimitation of their shared border.',
    'The two delegations agreed to meet again next month, officials in Yerevan said.',
  ],
};

export const GABALA_B = {
  title: 'Delimitation commissions meet',
  paragraphs: [
    'The commissions on border delimitation of Armenia and Azerbaijan held talks in Gabala on 14 November 2026, according to a statement from Baku.',
    'No date was set for the next round.',
  ],
};

export const RAIL = {
  title: 'Rail freight through Kars',
  paragraphs: [
    'Georgian and Turkish railway officials discussed freight volumes on the Kars line during a visit to Tbilisi.',
    'The line carried more containers this autumn than a year before, the operators said.',
  ],
};

export const GAS = {
  title: 'Winter gas supply',
  paragraphs: [
    'Georgia expects steady gas deliveries through the winter, its energy ministry said in a briefing.',
    'Storage levels were described as adequate for the season.',
  ],
};

export const PORT = {
  title: 'Port works at Anaklia',
  paragraphs: [
    'Dredging resumed at the Anaklia port site on the Black Sea coast, the project office reported.',
    'Contractors expect the first berth to be finished within two years.',
  ],
};
