/**
 * dev-95's sentence templates: text data from microsoft/presidio-research (MIT licence),
 * `presidio_evaluator/data_generator/raw_data/templates.txt` at commit b4ef4f8fb56239c451e8dc6314fbcb4e3a8dcf09, copied
 * as the other authors wrote them (typos, casing, punctuation, the `�` of one line, the literal `\,` and `\|`); only
 * the file's `\n` escapes are written as line breaks, as Presidio's generator reads them. Ids are this set's own
 * (`c` cards, `i` IBANs, `s` SSNs, `d` driver's licences, `p` IP addresses, `b` birth dates, `ph` phones, `e` e-mails,
 * `a` addresses, `n` no reportable slot). Presidio's code is not used.
 *
 * `role` says how a template may be filled: `personal` (positive with real-looking values, negative with test values,
 * placeholders or redactions), `holder` (its `{{person}}` / `{{name}}` can be replaced by an organisation or a
 * fictional character, making a negative with real-looking values), `business` (always about a business or a place:
 * negative even with real-looking values), `own` (the writer's own unnamed birth date: negative), `none` (no
 * reportable slot: negative).
 */
export type Role = "personal" | "holder" | "business" | "own" | "none";
export interface Template {
  id: string;
  role: Role;
  text: string;
  /** occurrences (0-based, per slot name) that are an office's (a desk, office or fax line, an address under the organisation's name): filled, never labelled */
  office?: Readonly<Record<string, readonly number[]>>;
}

const T = (id: string, role: Role, text: string, office?: Template["office"]): Template => ({ id, role, text, ...(office ? { office } : {}) });

export const TEMPLATES: readonly Template[] = [
  T("c01", "personal", "I want to increase limit on my card # {{credit_card_number}} for certain duration of time. is it possible?"),
  T("c02", "personal", "My credit card {{credit_card_number}} has been lost, Can I request you to block it."),
  T("c03", "personal", "Need to change billing date of my card {{credit_card_number}}"),
  T("c04", "personal", "Are there any charges applied to withdraw money from ATM with the card {{credit_card_number}}"),
  T("c05", "personal", "Please update the billing address with {{address}} for this card: {{credit_card_number}}"),
  T("c06", "personal", "Need to see last 10 transaction of card {{credit_card_number}}"),
  T("c07", "personal", "I have lost my card {{credit_card_number}}. Could you please block my credit card ASAP ? My name is {{person}}."),
  T("c08", "personal", "My card {{credit_card_number}} is expiring this month. Please let me know process to it's extend validity."),
  T("c09", "personal", "What is procedure to redeem points won on credit card {{credit_card_number}} transactions ?"),
  T("c10", "personal", "My card {{credit_card_number}} expires soon � when will I get a new one?"),
  T("c11", "personal", "Can I withdraw cash using my card {{credit_card_number}} at aTM center ?"),
  T("c12", "personal", "Could you please email me the statement for last month , my credit card number is {{credit_card_number}}?"),
  T("c13", "personal", "Could you please send me the last billed amount for cc {{credit_card_number}} on my e-mail {{email}}?"),
  T("c14", "personal", "card number {{credit_card_number}} is lost, can you please send a new one to {{address}}? I am in {{city}} for a business trip"),
  T("c15", "personal", "I want to cancel my card {{credit_card_number}} because I lost it"),
  T("c16", "personal", "Please block card no {{credit_card_number}}"),
  T("c17", "personal", "What is the limit for card {{credit_card_number}}?"),
  T("c18", "personal", "Please charge my credit card. Number is {{credit_card_number}}"),
  T("c19", "personal", "What's your credit card? {{credit_card_number}}"),
  T("i01", "personal", "Are there any charges applied for money transfer from {{iban}} to other bank accounts"),
  T("i02", "personal", "Hi {{first_name}}, I'm contacting you about a problem I have with sending a wire transfer using this IBAN {{iban}}"),
  T("i03", "personal", "My IBAN is {{iban}}"),
  T("s01", "personal", "His social security number is {{ssn}}"),
  T("s02", "personal", "Here's my SSN: {{ssn}}"),
  T("d01", "personal", "My driver's license number is {{us_driver_license}}"),
  T("p01", "personal", "I can't browse to your site, keep getting address {{ip_address}} blocked error"),
  T("p02", "personal", "Inject SELECT * FROM Users WHERE client_ip = ?%//!%20\\|{{ip_address}}|%20/"),
  T("b01", "own", "Please tell me your date of birth. It's {{date_of_birth}}"),
  T("b02", "personal", "She was born on {{date_of_birth}}. Her maiden name is {{last_name}}"),
  T("b03", "none", "It's like that since {{date_of_birth}}"),
  T("ph01", "personal", "I have done an online order but didn't get any message on my registered {{phone_number}}. Could you please look into it ?"),
  T("ph02", "personal", "Please have the manager call me at {{phone_number}} I'd like to join accounts with ms. {{first_name}}"),
  T("ph03", "personal", "I would like to stop receiving messages to {{phone_number}}"),
  T("ph04", "personal", "Can someone call me on {{phone_number}}? I have some questions about opening an account."),
  T("ph05", "personal", "How can we reach you? You can call {{phone_number}}"),
  T("ph06", "personal", "They're not answering at {{phone_number}}"),
  T("ph07", "holder", "Date: {{date_time}}\nName: {{name}}\nPhone: {{phone_number}}"),
  T("ph08", "holder", "{{name}}\n{{organization}}\n{{address}}\nMobile: {{phone_number}}\nDesk: {{phone_number}}\nFax: {{phone_number}}\n", {
    address: [0],
    phone_number: [1, 2],
  }),
  T(
    "ph09",
    "holder",
    "{{person}}\n\n{{building_number}} {{street_name}}\n {{secondary_address}}\n {{city}}\n {{country}} {{postcode}}\n{{phone_number}}-Office\\,{{phone_number}}-Fax",
    { phone_number: [0, 1] },
  ),
  T("ph10", "personal", "{{name}}\n\n{{job}}\n\nPersonal Info:\nPhone:\n{{phone_number}}\n\nE-mail:\n{{email}}\n\nWebsite:\n{{url}}\n\nAddress:\n{{address}}."),
  T("e01", "personal", "Please transfer all funds from my account to this hackers' {{email}}"),
  T("e02", "personal", "Please send my portfolio to this email {{email}}"),
  T("e03", "personal", "You said your email is {{email}}. Is that correct?"),
  T("e04", "personal", "What's your email? {{email}}"),
  T("a01", "personal", "I want to update my primary and secondary address to the same: {{address}}"),
  T("a02", "personal", "Not getting bank documents to my address. Can you please validate the following? {{address}}"),
  T("a03", "personal", "How do I change the address linked to my credit card to {{address}}?"),
  T("a04", "personal", "How do I change my address to {{address}} for post mail?"),
  T("a05", "personal", "May I request to have the statement sent to {{address}}?"),
  T("a06", "personal", "Bot: Where would you like this to be sent to? User: {{address}}"),
  T("a07", "personal", "I'll meet you at {{address}} after the concert."),
  T("a08", "personal", "Hello I moved, please update my new address is {{address}}"),
  T("a09", "personal", "I need to add my addresses, here they are: {{address}}, and {{address}}"),
  T("a10", "personal", "I once lived in {{address}}. I now live in {{address}}"),
  T("a11", "personal", "I'd like to call a taxi to {{address}}. Please call me when you're here."),
  T("a12", "personal", "I'd like it to be sent to {{address}}"),
  T("a13", "personal", "Meet me at {{address}}"),
  T("a14", "business", "The restaurant is located at {{address}}. It serves great {{nationality}} food."),
  T(
    "a15",
    "business",
    "So where are we meeting? There's this nice new {{nationality}} place downtown. Cool, what's the address? Oh do they serve vegan stuff? It's in {{address}}",
  ),
  T("a16", "business", "The address of {{organization}} is {{address}}"),
  T("a17", "holder", "{{person}}\n\n{{building_number}} {{street_name}}\n {{secondary_address}}\n {{city}}\n {{country}} {{postcode}}"),
  T("a18", "personal", "{{prefix_female}} {{name_female}} {{secondary_address}} {{building_number}} {{street_name}}\n{{city}} {{state_abbr}} {{zipcode}}"),
  T("a19", "business", "The restaurant is at {{building_number}} {{street_name}}"),
  T("a20", "holder", "{{name}} lives at {{building_number}} {{street_name}}, {{city}}"),
  T("a21", "personal", "{{first_name_male}} had given {{first_name}} his address: {{building_number}} {{street_name}}, {{city}}"),
  T("a22", "personal", "What is your address? it is {{address}}"),
  T("a23", "business", "{{person}}\n{{job}}\n{{organization}}\n{{address}}"),
  T("a24", "business", "Our offices are located at {{address}}"),
  T("a25", "personal", "Please return to {{address}} in case of an issue."),
  T("a26", "business", "The {{organization}} office is at {{address}}"),
  T(
    "a27",
    "holder",
    "Billing address: {{name}}\n    {{building_number}} {{street_name}} {{secondary_address}}\n   {{city}}\n    {{state_abbr}}\n    {{zipcode}}\n",
  ),
  T("a28", "personal", "As promised, here's {{first_name}}'s address:\n\n{{address}}"),
  T("a29", "business", "We'll meet {{day_of_week}} at {{organization}}, {{building_number}} {{street_name}}, {{city}}"),
  T("a30", "holder", "Name:    {{name}}\nAddress:     {{address}}"),
  T("a31", "personal", "The letter arrived at {{address}} last night."),
  T("a32", "business", "{{organization}}\n\n{{address}}"),
  T("n01", "none", "In case of my child's account, we need to add {{person}} as guardian"),
  T("n02", "none", "My name appears incorrectly on credit card statement could you please correct it to {{prefix_male}} {{name_male}}?"),
  T("n03", "none", "Will my account stay active? It's under my partner's name {{person}}"),
  T("n04", "none", "My name is {{person}} but everyone calls me {{first_name}}"),
  T("n05", "none", "I want to add {{person}} as a beneficiary to my account"),
  T("n06", "none", "My zip code is {{zipcode}}"),
  T("n07", "none", "I'm {{name}}, originally from {{city}}, and i'm {{age}} y/o."),
  T("n08", "none", "Patient is a {{age}}-year-old male with a history of headaches"),
  T("n09", "none", "My website is {{url}}"),
  T("n10", "none", "{{prefix_male}} {{last_name_male}} is a {{age}} year old man who grew up in {{city}}."),
  T("n11", "none", "Follow up with {{name}} in a couple of months."),
  T("n12", "none", "This {{age}} year old female complaining of stomach pain."),
  T("n13", "none", "How do I check my balance on my credit card?"),
  T("n14", "none", "How can I request a new credit card pin ?"),
  T("n15", "none", "I will be travelling to {{country}} next week, so I need my passport to be ready by then"),
  T("n16", "none", "{{first_name}} lives on {{street_name}} street."),
  T("n17", "none", "Pedestrians must enter on {{street_name}} St. the first three months"),
  T("n18", "none", "Ask the driver to stop at the corner of {{street_name}} St. and {{street_name}} St."),
  T("n19", "none", "He lives on the north side of {{street_name}}."),
  T("n20", "none", "The bus station is on {{street_name}}"),
  T("n21", "none", "My birthday is on the weekend. I'll turn {{age}}."),
  T("n22", "none", "I used to work for {{organization}} as {{job}}, but quit a few months ago. Now I'm unemployed."),
];
