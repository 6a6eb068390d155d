/**
 * dev-90 entries in English: personal data as agent traffic carries it — tool-call arguments (a JSON string inside
 * JSON), tool results pasted back (CRM, bank API, FHIR, calendar, HR), memory and user-profile blocks in a system prompt,
 * RAG chunks with source headers, ReAct scratchpads, MCP / JSON-RPC messages, LangChain / LangGraph state dumps, OpenAI
 * Chat Completions message arrays pasted as text, YAML / TOML / .env agent configs and multi-agent hand-offs. Hard
 * negatives use the same shapes without anyone's data: schemas with field names and no values, placeholders and
 * template variables, redacted and masked values, documented samples, synthetic fixtures named as such, businesses' and
 * public figures' data, request / trace / tool-call ids, hashes, UUIDs, timestamps, model names with digits, prices and
 * quantities. `kind` is `<shape>:<categories>` or `neg-<shape>:<what>`. Values with check digits come from `values.ts`.
 * Every person is invented. The other languages are in `entries-langs.ts`.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { V } from "./values.js";

const R = String.raw;
const compact = (value: string) => value.replaceAll(" ", "").replaceAll("-", "");

export const SENSITIVE_EN: MarkedEntry[] = [
  // ── tool-call arguments: a JSON string inside JSON ──
  [
    "en",
    "tool-args:passport+dob",
    R`The agent produced this tool call and the airline API rejected it with 422. What is wrong with the payload?
{"id":"call_7fQk2LmZ","type":"function","function":{"name":"book_flight","arguments":"{\"passenger\":\"Owen Tremblay\",\"passport\":\"⟦passport|561930284⟧\",\"dob\":\"⟦date_of_birth|1987-11-03⟧\",\"flight\":\"AC 872\",\"seat\":\"14C\"}"}}`,
  ],
  [
    "en",
    "tool-args:phone",
    R`why does twilio say "invalid To" for this? tool_calls[0].function.arguments = "{\"to\": \"⟦phone|+1 617 384 2095⟧\", \"body\": \"Hi Priya, your dad's pickup is at 4pm\"}"`,
  ],
  [
    "en",
    "tool-args:email+phone",
    R`Logged tool call from our assistant, can you explain why the contact got created twice?
{"name": "create_contact", "arguments": "{\"first_name\": \"Lucia\", \"last_name\": \"Brennan\", \"email\": \"⟦email|lucia.brennan82@outlook.com⟧\", \"mobile\": \"⟦phone|(503) 291-7736⟧\"}"}`,
  ],
  [
    "en",
    "tool-args:address",
    R`Function call from the delivery bot: {"name":"update_shipping_address","arguments":"{\"customer\":\"Dale Whitaker\",\"line1\":\"⟦street_address|4417 Ridgeview Drive, Boise, ID 83704⟧\",\"notes\":\"leave by side gate\"}"} — it keeps geocoding to the wrong town, any idea?`,
  ],
  [
    "en",
    "tool-args:payment_card",
    R`The model called charge_card with this, but Stripe would never accept raw numbers from us. Rewrite the tool so it takes a token instead:
"arguments": "{\"cardholder\": \"Nadia Petrov\", \"number\": \"⟦payment_card|${compact(V.visa)}⟧\", \"exp\": \"08/29\", \"cvc\": \"362\"}"`,
  ],
  [
    "en",
    "tool-args:iban",
    R`Explain this transfer the finance agent tried to make: {"type":"function","function":{"name":"sepa_transfer","arguments":"{\"beneficiary\":\"Tomasz Wójcik\",\"iban\":\"⟦iban|${compact(V.ibanGb)}⟧\",\"amount\":1250.00,\"reference\":\"rent Feb\"}"}}`,
  ],
  [
    "en",
    "tool-args:password",
    R`Our login-helper agent emitted {"name":"verify_otp","arguments":"{\"user\":\"kmorales\",\"otp\":\"⟦password|739214⟧\"}"} and then {"name":"reset_password","arguments":"{\"user\":\"kmorales\",\"new_password\":\"⟦password|Kestrel!Harbor88⟧\"}"}. Should these ever be logged like this?`,
  ],
  [
    "en",
    "tool-args:api_key",
    R`My coding agent called store_secret with {"arguments":"{\"name\":\"GITHUB_TOKEN\",\"value\":\"⟦api_key|ghp_8Kf2Qz7LmR4tVx9Wc1Np6Hs3Jd5Yb0Ae2Ug7⟧\"}"} — is that stored encrypted by default in the vault tool?`,
  ],
  [
    "en",
    "tool-args:health",
    R`The claims agent sent this; the insurer says the diagnosis field is free text only:
{"name":"submit_claim","arguments":"{\"member\":\"Gerald Okonkwo\",\"member_id\":\"UHC-448210\",\"diagnosis\":\"⟦health|type 2 diabetes with diabetic neuropathy⟧\",\"procedure\":\"⟦health|podiatry consult⟧\"}"}`,
  ],
  [
    "en",
    "tool-args:us_ssn",
    R`background_check tool call from the HR agent: {"arguments": "{\"candidate\": \"Marisol Vega\", \"ssn\": \"⟦us_ssn|523-41-8876⟧\", \"consent\": true}"}. The vendor wants the SSN without dashes, how do I strip them in the tool wrapper?`,
  ],
  [
    "en",
    "tool-args:dob+health",
    R`{"tool_calls":[{"id":"call_Qm81","type":"function","function":{"name":"schedule_appointment","arguments":"{\"patient_name\":\"Eleanor Fitch\",\"date_of_birth\":\"⟦date_of_birth|04/19/1952⟧\",\"reason\":\"⟦health|follow-up for COPD exacerbation⟧\",\"clinic\":\"Pulmonology\"}"}}]}
Turn this into a confirmation text for the front desk.`,
  ],
  [
    "en",
    "tool-args:bank_account",
    R`ACH payout call: {"name":"create_payout","arguments":"{\"payee\":\"Brandon Lee\",\"routing_number\":\"021000021\",\"account_number\":\"⟦bank_account|483920175566⟧\",\"amount_cents\":84000}"} — the bank returned R03, what does that mean?`,
  ],
  [
    "en",
    "tool-args:driver_license",
    `Claude tool_use block from our rental agent, the input looks fine to me but the API 400s:
{"type": "tool_use", "id": "toolu_01H7", "name": "verify_driver", "input": {"full_name": "Aaron Castillo", "license_number": "⟦driver_license|D4827-19306-52817⟧", "state": "WI", "dob": "⟦date_of_birth|1991-02-27⟧"}}`,
  ],
  [
    "en",
    "tool-args:email",
    R`Why did the send_email tool fail? arguments: "{\"to\":[\"⟦email|grandma.ruth.keller@aol.com⟧\"],\"subject\":\"Photos from Sunday\",\"attachments\":[\"IMG_2231.jpg\"]}"`,
  ],

  // ── tool results pasted back ──
  [
    "en",
    "tool-result:email+phone+address",
    `Tool result (crm.lookup_customer):
{"id": "0035g00000XyZ1", "name": "Harriet Osei", "email": "⟦email|harriet.osei@gmail.com⟧", "phone": "⟦phone|+1 (404) 716-2289⟧", "mailing_address": "⟦street_address|1187 Peachtree Walk NE, Atlanta, GA 30309⟧", "tier": "gold"}
Summarise for the agent in one sentence what we know about her.`,
  ],
  [
    "en",
    "tool-result:iban+bank_account",
    `Here's what the bank API returned to the budgeting agent, write a plain-English summary:
{"accounts":[{"holder":"Samuel Achterberg","iban":"⟦iban|${V.ibanNl}⟧","balance":{"amount":"2314.55","currency":"EUR"}},{"holder":"Samuel Achterberg","type":"savings","account_number":"⟦bank_account|5820193347⟧","balance":{"amount":"11020.00","currency":"EUR"}}]}`,
  ],
  [
    "en",
    "tool-result:health+dob",
    `The EHR tool returned this FHIR bundle fragment; list the active problems for the discharge letter:
{"resourceType":"Patient","name":[{"family":"Lindgren","given":["Astrid"]}],"birthDate":"⟦date_of_birth|1948-06-30⟧"},
{"resourceType":"Condition","clinicalStatus":{"coding":[{"code":"active"}]},"code":{"text":"⟦health|Chronic kidney disease stage 3b⟧"},"subject":{"display":"Astrid Lindgren (MRN 7781023)"}},
{"resourceType":"MedicationStatement","medicationCodeableConcept":{"text":"⟦health|furosemide 40 mg⟧"}}`,
  ],
  [
    "en",
    "tool-result:health+email",
    `calendar.get_events returned:
- 09:30 "Mia – ⟦health|chemo cycle 4⟧, Children's Oncology 3rd floor" attendees: ⟦email|jordan.hale.family@icloud.com⟧
- 13:00 Standup
Make me a short agenda for tomorrow.`,
  ],
  [
    "en",
    "tool-result:us_ssn+dob",
    `Observation: workday.get_employee → {"employee_id": 44871, "legal_name": "Curtis Mbeki", "ssn": "⟦us_ssn|412-66-9031⟧", "birth_date": "⟦date_of_birth|1983-09-14⟧", "department": "Logistics"}
Draft the I-9 reverification reminder for him.`,
  ],
  [
    "en",
    "tool-result:passport",
    `The ID-verification tool answered:
{"status":"verified","document":{"type":"passport","issuing_country":"GBR","number":"⟦passport|583017462⟧","holder":"Imogen Sutherland","expiry":"2032-03-18"}}
Tell the onboarding agent what to ask next.`,
  ],
  [
    "en",
    "tool-result:password",
    `function result from vault.read("home-router"): {"username": "admin", "password": "⟦password|Wq7#plover-Lantern⟧", "owner": "Ben Nakamura"} — can the agent paste this into the router UI automatically?`,
  ],
  [
    "en",
    "tool-result:phone",
    `Tool output (gmail.search "plumber"): "From: Rosa Delgado <⟦email|rosa.d@hey.com⟧> — Hi! My cell is ⟦phone|720-418-3356⟧, text me when you're home so I can come fix the sink." Extract the action items.`,
  ],
  [
    "en",
    "tool-result:driver_license+dob",
    `DMV lookup tool response, reformat as a table:
name: Keisha Dunmore | dl_number: ⟦driver_license|K3029-6614-8820⟧ | dob: ⟦date_of_birth|07/02/1996⟧ | class: C | status: VALID`,
  ],
  [
    "en",
    "tool-result:payment_card",
    `The legacy POS plugin returns this to our agent (yes, really): {"txn": "A-99812", "pan": "⟦payment_card|${V.master}⟧", "name_on_card": "WILLIAM OKAFOR", "approved": true}. How do I mask the pan before it goes to the LLM?`,
  ],

  // ── memory and user-profile blocks in the system prompt ──
  [
    "en",
    "memory:address+health",
    `System: You are Homey, a family assistant.
User memory: Name is Claire Donnelly; lives at ⟦street_address|58 Larkspur Lane, Asheville, NC 28803⟧; daughter Mia has ⟦health|asthma⟧ and carries an inhaler; husband Rob works nights.
User: what's a good weekend hike near home that won't be too hard for Mia?`,
  ],
  [
    "en",
    "memory:dob+phone",
    `<user_profile>
full_name: Marcus Oyelaran
birthday: ⟦date_of_birth|1979-12-08⟧
mobile: ⟦phone|+44 7834 219 506⟧
prefers: short answers
</user_profile>
Remind me what I should bring to the passport office.`,
  ],
  [
    "en",
    "memory:email",
    `[Saved memories]
• User's wife is Helena Park, email ⟦email|helena.park.designs@proton.me⟧
• User is vegetarian
• User drives a 2017 Subaru
Write a short note to my wife about dinner plans.`,
  ],
  [
    "en",
    "memory:passport",
    `## Memory
- Traveller: Ruth Abernathy, passport no. ⟦passport|548112907⟧ (expires 2030), seat preference aisle, TSA PreCheck
- Home airport: PDX
Find me a flight to Lisbon in May.`,
  ],
  [
    "en",
    "memory:health",
    `Long-term memory loaded for this session:
1. The user's son Tom (9) has ⟦health|type 1 diabetes⟧ and uses an ⟦health|Omnipod insulin pump⟧.
2. The user prefers metric units.
User: plan a birthday party menu that's easy for Tom.`,
  ],
  [
    "en",
    "memory:password",
    `memory.json for my home assistant agent:
{"wifi": {"ssid": "Nguyen-Family", "psk": "⟦password|bluefinch-tundra-4410⟧"}, "owner": "Linh Nguyen", "units": "imperial"}
Can you make the agent read this on startup?`,
  ],
  [
    "en",
    "memory:us_ssn",
    `System prompt (tax helper):
Known about the user — Name: Derrick Holloway. Filing status: married jointly. Spouse: Anita Holloway, SSN ⟦us_ssn|318-54-7702⟧. Dependents: 2.
User: can we still claim the child tax credit?`,
  ],
  [
    "en",
    "memory:payment_card",
    `user_facts: ["name=Joanna Kim", "default_card=⟦payment_card|${V.visa4}⟧ exp 11/27", "likes window seats"]
Book the same hotel as last time.`,
  ],

  // ── RAG-retrieved chunks with source headers ──
  [
    "en",
    "rag:address+phone",
    `Context:
[source: hr/onboarding/2024/new_hires.xlsx, sheet "March", rows 14-15]
Leon Faulkner — start 03/11 — home: ⟦street_address|2290 Maple Crest Ct, Naperville, IL 60564⟧ — emergency contact: Dana Faulkner ⟦phone|(630) 717-4402⟧
Question: when does Leon start and who is his manager?`,
  ],
  [
    "en",
    "rag:health",
    `Retrieved passages (k=3):
<doc id="notes/2023-10-02_visit.md" score="0.82">Pt Gloria Henning seen for ⟦health|worsening rheumatoid arthritis⟧; started ⟦health|methotrexate 15 mg weekly⟧.</doc>
<doc id="faq/billing.md" score="0.41">Co-pays are due at check-in.</doc>
Answer the user: what medication did Gloria start in October?`,
  ],
  [
    "en",
    "rag:email+iban",
    `### Source: zendesk/ticket-88213.txt (chunk 2 of 4)
Customer Felix Amundsen (⟦email|felix.amundsen@gmx.de⟧) asks for a refund to IBAN ⟦iban|${V.ibanDe}⟧ because the parcel never arrived.
### Question
Draft the reply the support bot should send.`,
  ],
  [
    "en",
    "rag:us_ssn+dob",
    `Relevant chunks:
(1) contracts/leases/unit-12B.pdf p.1: "Tenant: Shanice Boyd, DOB ⟦date_of_birth|05/23/1990⟧, SSN ⟦us_ssn|261-48-3397⟧, monthly rent $1,850."
Using only the context, when does the lease renew?`,
  ],
  [
    "en",
    "rag:password",
    `Retrieved from slack-export/#it-help/2024-01-15.json:
> @ravi: the shared login for the clinic fax portal is frontdesk / ⟦password|Tulip$Fax2024!⟧ until Kevin sets up SSO
Q: how do I send a fax from the portal?`,
  ],
  [
    "en",
    "rag:health",
    `[chunk 7 — claims/2024/Q2/denials.csv]
claim_id,member,denial_reason,diagnosis
CLM-20931,Victor Hale,not medically necessary,⟦health|bipolar I disorder⟧
Explain to the agent why this kind of claim is usually denied.`,
  ],

  // ── scratchpads ──
  [
    "en",
    "scratchpad:payment_card",
    `Thought: The user's card is ⟦payment_card|${V.master3}⟧, exp 02/28; I should call update_payment_method.
Action: update_payment_method
Action Input: {"customer": "Oliver Strand"}
Observation: missing field "card_number"
Why does the agent keep forgetting to pass the number?`,
  ],
  [
    "en",
    "scratchpad:phone",
    `> Entering new AgentExecutor chain...
Thought: Mrs. Abiola's callback number is ⟦phone|(917) 386-2204⟧, I'll schedule the call.
Action: schedule_callback
Action Input: {"phone": "⟦phone|9173862204⟧", "when": "tomorrow 10:00"}
Is this ReAct trace correct?`,
  ],
  [
    "en",
    "scratchpad:passport",
    `Thought 3: I found the passport number for Mr. Haddad in the uploaded scan: ⟦passport|X9327461⟧. Next I need the expiry.
Act 3: Lookup[expiry]
Why does the agent loop on Lookup here?`,
  ],
  [
    "en",
    "scratchpad:health",
    `<thinking>Grace Whitfield mentioned she's 20 weeks ⟦health|pregnant⟧ and on ⟦health|labetalol⟧ for ⟦health|gestational hypertension⟧, so I should avoid recommending the sauna.</thinking>
Rewrite the agent's final answer to be friendlier.`,
  ],
  [
    "en",
    "scratchpad:api_key",
    `Agent scratchpad:
Thought: found credentials in .env — OPENAI_API_KEY=⟦api_key|sk-proj-Rk3VbQ9mZt2LxW7nHc4Pj8FsYd1Ga6Ue5Oi0Tq3Kw⟧. I will use them to call the embeddings endpoint.
Is it safe that the agent echoes env vars into its reasoning?`,
  ],
  [
    "en",
    "scratchpad:address",
    `Thought: the delivery should go to Ms. Tanaka's home at ⟦street_address|311 W Hollis Ave Apt 2R, Columbus, OH 43201⟧, not the office.
Action: reroute_package
Please explain what the agent did wrong before this step.`,
  ],

  // ── MCP / JSON-RPC ──
  [
    "en",
    "mcp:email+phone",
    `MCP request our client sent:
{"jsonrpc":"2.0","id":17,"method":"tools/call","params":{"name":"contacts_add","arguments":{"name":"Beatrix Holm","email":"⟦email|bea.holm@fastmail.com⟧","phone":"⟦phone|+1 206 557 8841⟧"}}}
The server answers -32602, which param is wrong?`,
  ],
  [
    "en",
    "mcp:us_ssn",
    `MCP tools/call result: {"jsonrpc":"2.0","id":4,"result":{"content":[{"type":"text","text":"Record found: Alvin Crane, SSN ⟦us_ssn|545-27-1186⟧, status active"}],"isError":false}}
How should the host display this to the model?`,
  ],
  [
    "en",
    "mcp:connection_string",
    `My MCP server config:
{"mcpServers":{"postgres":{"command":"npx","args":["-y","@modelcontextprotocol/server-postgres","⟦connection_string|postgresql://emma:Vx82!pond@db.emma-home.net:5432/finance⟧"]}}}
Claude Desktop says the server disconnected, why?`,
  ],
  [
    "en",
    "mcp:health",
    `{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":"Saved note for patient Howard Brinkley: ⟦health|suspected early-onset Alzheimer's⟧, refer to neurology"}}
Why does my MCP client show these notifications twice?`,
  ],
  [
    "en",
    "mcp:iban",
    `{"jsonrpc": "2.0", "id": "a9", "method": "tools/call", "params": {"name": "pay_invoice", "arguments": {"creditor": "Ingrid Solberg", "iban": "⟦iban|${V.ibanGb2}⟧", "amount": 480}}}
Validate this request against the tool's schema.`,
  ],

  // ── LangChain / LangGraph state dumps ──
  [
    "en",
    "state:phone+dob",
    `print(graph.get_state(config).values) gives:
{'messages': [HumanMessage(content="I'm Daniela Ferreira, born ⟦date_of_birth|1994-03-17⟧, my number changed to ⟦phone|+1 312 608 4417⟧", id='8c1f…'), AIMessage(content='Thanks, updating your profile.', id='9d2a…')], 'next': 'profile_agent'}
Why doesn't my reducer append the AIMessage?`,
  ],
  [
    "en",
    "state:payment_card",
    `AIMessage(content='', tool_calls=[{'name': 'pay', 'args': {'card_number': '⟦payment_card|${V.visa2}⟧', 'holder': 'Kofi Mensah', 'amount': 42.5}, 'id': 'call_Zt9'}], usage_metadata={'input_tokens': 812, 'output_tokens': 31})
How do I stop LangChain from logging tool args like this?`,
  ],
  [
    "en",
    "state:dob+address",
    `checkpoint = {"v": 1, "ts": "2024-06-01T10:22:31Z", "channel_values": {"user_profile": {"name": "Petra Novak", "dob": "⟦date_of_birth|12/05/1986⟧", "home": "⟦street_address|77 Cedar Hollow Rd, Bend, OR 97702⟧"}, "step": 3}}
Explain the checkpoint format.`,
  ],
  [
    "en",
    "state:password",
    `LangSmith trace, run "login_node" inputs: {"username": "sofia.reyes", "password": "⟦password|Marigold_77river⟧", "remember_me": true}
Why is the run marked as error when outputs look fine?`,
  ],

  // ── Chat Completions message arrays pasted as text ──
  [
    "en",
    "messages:iban",
    `Debug this request body, the model ignores the system message:
[{"role":"system","content":"You are a banking assistant."},{"role":"user","content":"Hi, I'm Ana Ruiz. Please set up a standing order from my account ⟦iban|${V.ibanEs}⟧ to my landlord."}]`,
  ],
  [
    "en",
    "messages:address",
    `messages = [
  {"role": "user", "content": "Where's my order?"},
  {"role": "assistant", "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "get_order", "arguments": "{\"order_id\": \"88120\"}"}}]},
  {"role": "tool", "tool_call_id": "call_1", "content": "{\"status\": \"out for delivery\", \"ship_to\": \"Nathan Greer, ⟦street_address|905 Orchard St, Madison, WI 53703⟧\"}"}
]
What should the next assistant message say?`,
  ],
  [
    "en",
    "messages:phone",
    `{"model":"gpt-4o","messages":[{"role":"system","content":"Caller: Mr. Dwayne Ellison, callback ⟦phone|(702) 841-3390⟧. Be brief."},{"role":"user","content":"I need to move my appointment"}]} — why do I get 400 "messages[0].content too long"?`,
  ],
  [
    "en",
    "messages:us_ssn",
    R`{"role":"assistant","content":null,"tool_calls":[{"id":"call_a1","type":"function","function":{"name":"file_1099","arguments":"{\"recipient\":\"Lorraine Pike\",\"tin\":\"⟦us_ssn|409-72-5518⟧\",\"amount\":6200}"}}]}
Is the TIN field allowed to contain an SSN for a sole proprietor?`,
  ],
  [
    "en",
    "messages:health",
    `[{"role": "user", "content": "My brother Caleb Wright was just diagnosed with ⟦health|multiple sclerosis⟧ and starts ⟦health|ocrelizumab⟧ next month. How can I help him?"}, {"role": "assistant", "content": "I'm sorry to hear that…"}]
Continue the assistant turn.`,
  ],
  [
    "en",
    "messages:email",
    `Conversation export:
user: forward the minutes to my sister Gwen, her address is ⟦email|gwen.thorsby@yahoo.com⟧
assistant: (calls send_email)
tool: {"ok": true}
What happened here, step by step?`,
  ],

  // ── agent configs with secrets ──
  [
    "en",
    "config:api_key",
    `agent.yaml:
name: research-bot
llm:
  provider: anthropic
  model: claude-3-5-sonnet-20241022
  api_key: ⟦api_key|sk-ant-api03-Hq7Lm2Xc9Vb4Nz1Rt8Kw5Pj3Ys6Df0Ga2Ue7Oi4Mn9Bv1Cx8Zq5Lk3Wr6Ty0Hu2Ji7-Q9sP4A⟧
tools: [web_search, python]
Why does CrewAI say the key is invalid?`,
  ],
  [
    "en",
    "config:password",
    `config.toml for the email agent:
[smtp]
host = "smtp.fastmail.com"
port = 465
user = "⟦email|mila.jensen@fastmail.com⟧"
password = "⟦password|orbit-Lichen-5523⟧"
Convert it to YAML please.`,
  ],
  [
    "en",
    "config:api_key",
    `.env for my Slack agent:
SLACK_BOT_TOKEN=⟦api_key|xoxb-5829301746-7710394825561-Hf8Kq2Lz9Vn4Wx7Rt1Cb3Md6⟧
SLACK_SIGNING_SECRET=⟦api_key|4f9c2e7a1b8d3f6e0a5c9b2d7e1f4a8c⟧
PORT=3000
Why does Bolt say "signature mismatch"?`,
  ],
  [
    "en",
    "config:phone+email",
    `agents:
  - id: escalation
    notify:
      on_call: "Ruben Alvarez"
      sms: "⟦phone|+1 415 771 2986⟧"
      personal_email: "⟦email|ruben.alvarez.sf@gmail.com⟧"
Make the escalation agent page him only between 8am and 10pm.`,
  ],
  [
    "en",
    "config:api_key",
    `crew config:
researcher:
  role: Senior Researcher
  tools:
    serper: {api_key: "⟦api_key|7c2f9a41e8b35d06c1f4a7e29b8d3c5f6a0e1b47⟧"}
    stripe: {secret_key: "⟦api_key|sk_live_51Nq8ZkLm3Xc7Vb9Rt2Wp4Hs6Jd8Fg0Ae⟧"}
Is it a problem that these are in the repo?`,
  ],

  // ── multi-agent hand-offs ──
  [
    "en",
    "handoff:iban",
    `[triage-agent → billing-agent] handing off: customer Jane Roe, IBAN ⟦iban|${V.ibanDe2}⟧, disputes a double debit of €39.90 on 3 March. Please resolve.
Rewrite this hand-off so the billing agent has everything it needs.`,
  ],
  [
    "en",
    "handoff:health+dob",
    `Transfer note (intake agent → nurse agent): Patient Samuel Ortega, DOB ⟦date_of_birth|08/30/1961⟧, reports ⟦health|chest pain radiating to left arm⟧ since this morning, history of ⟦health|CABG 2018⟧. Priority: high.
Is this hand-off format good enough for a clinical triage pipeline?`,
  ],
  [
    "en",
    "handoff:phone",
    `{"handoff_to": "callback_agent", "reason": "customer asked for a call", "context": {"customer_name": "Theo Lambert", "phone": "⟦phone|+44 20 8127 4463⟧", "best_time": "evening"}}
Write the callback agent's first message.`,
  ],
  [
    "en",
    "handoff:payment_card",
    `Swarm log: support → fraud_agent. "Cardholder Irene Vasquez says she didn't make the $912 charge. Card ⟦payment_card|${V.amex}⟧. Please freeze and reissue."
What should the fraud agent do first?`,
  ],
  [
    "en",
    "handoff:passport",
    `handoff(agent="visa_agent", message="Client Olumide Adeyemi, Nigerian passport ⟦passport|A08724519⟧, needs a Schengen visa for a June conference in Berlin.")
Draft the visa agent's checklist for this client.`,
  ],
  [
    "en",
    "handoff:address",
    `OpenAI Agents SDK handoff input: {"from":"sales","to":"installer_scheduler","summary":"Fiona Garrity wants solar panels installed at her home, ⟦street_address|16 Wren Close, Leamington Spa CV32 6PL⟧; prefers Tuesdays."}
Turn it into an installer job ticket.`,
  ],
];

export const NEGATIVES_EN: MarkedEntry[] = [
  // ── schemas: field names, no values ──
  [
    "en",
    "neg-schema:passport",
    `Is this function schema valid for the Chat Completions API?
{"type":"function","function":{"name":"book_flight","description":"Book a seat for a passenger","parameters":{"type":"object","properties":{"passenger":{"type":"string"},"passport_number":{"type":"string","pattern":"^[A-Z0-9]{6,9}$"},"date_of_birth":{"type":"string","format":"date"}},"required":["passenger","passport_number"]}}}`,
  ],
  [
    "en",
    "neg-schema:mcp-tools-list",
    `MCP tools/list response from my server:
{"jsonrpc":"2.0","id":2,"result":{"tools":[{"name":"send_sms","description":"Send a text message","inputSchema":{"type":"object","properties":{"to":{"type":"string","description":"E.164 phone number"},"body":{"type":"string"}},"required":["to","body"]}}]}}
Why doesn't Claude see the tool?`,
  ],
  [
    "en",
    "neg-schema:pydantic",
    `class PatientIntake(BaseModel):
    full_name: str
    date_of_birth: date
    ssn: Optional[str] = Field(None, pattern=r"^\\d{3}-\\d{2}-\\d{4}$")
    diagnosis: Optional[str] = None
    home_address: str
How do I expose this as a LangChain StructuredTool?`,
  ],
  [
    "en",
    "neg-schema:zod",
    `const chargeCard = tool({
  description: "Charge a saved card",
  parameters: z.object({ cardNumber: z.string().length(16), cvc: z.string().length(3), iban: z.string().optional() }),
  execute: async (args) => payments.charge(args),
});
Why does the Vercel AI SDK infer args as any?`,
  ],
  [
    "en",
    "neg-schema:openapi",
    `OpenAPI fragment for the agent's action:
paths:
  /customers/{id}:
    get:
      responses:
        "200":
          content:
            application/json:
              schema: {type: object, properties: {email: {type: string, format: email}, phone: {type: string}, birthDate: {type: string, format: date}, iban: {type: string}}}
Generate the GPT action manifest from it.`,
  ],
  [
    "en",
    "neg-schema:langchain-tool",
    `@tool
def update_password(user_id: str, new_password: str) -> str:
    """Set a new password for the user. new_password must be at least 12 characters."""
    return auth.set_password(user_id, new_password)
Why does the agent pass the password as the user_id?`,
  ],
  [
    "en",
    "neg-schema:tool-choice",
    `{"tool_choice":{"type":"function","function":{"name":"lookup_patient"}},"tools":[{"type":"function","function":{"name":"lookup_patient","parameters":{"type":"object","properties":{"mrn":{"type":"string"},"dob":{"type":"string"}}}}}]}
Does forcing tool_choice disable parallel calls?`,
  ],
  [
    "en",
    "neg-schema:graphql",
    `type Customer { id: ID! email: String phone: String homeAddress: Address dateOfBirth: Date cardLast4: String }
Write a tool description so the agent knows which of these fields it may query.`,
  ],

  // ── placeholders, templates, masked and redacted values ──
  [
    "en",
    "neg-placeholder:tool-args",
    R`Example in our docs: {"name":"book_flight","arguments":"{\"passenger\":\"<FULL_NAME>\",\"passport\":\"<PASSPORT_NUMBER>\",\"dob\":\"<YYYY-MM-DD>\"}"} — is it clear enough for integrators?`,
  ],
  [
    "en",
    "neg-placeholder:template",
    `System prompt template:
"You are helping {{user.first_name}}. Their phone is {{user.phone}} and their email {{user.email}}. Address them by first name."
How do I render this with Jinja in LangChain without escaping issues?`,
  ],
  [
    "en",
    "neg-placeholder:env",
    `agent.yaml
llm:
  model: gpt-4o-mini
  api_key: \${OPENAI_API_KEY}
vector_store:
  url: postgresql://\${PGUSER}:\${PGPASSWORD}@\${PGHOST}:5432/rag
Does CrewAI expand \${VAR} in yaml or do I need envsubst?`,
  ],
  [
    "en",
    "neg-redacted:tool-result",
    `Tool result after our PII filter: {"name": "[REDACTED_NAME]", "email": "[REDACTED_EMAIL]", "phone": "[REDACTED_PHONE]", "ssn": "***-**-****", "card": "**** **** **** 4417"}
Is the filter too aggressive for the agent to still be useful?`,
  ],
  [
    "en",
    "neg-redacted:trace",
    `Langfuse shows my traces like this: input {"password": "********", "otp": "••••••", "api_key": "sk-...a91f"}. Where is the masking configured?`,
  ],
  [
    "en",
    "neg-placeholder:memory",
    `Memory block format we use:
User memory: name=<name>; home=<city only>; allergies=<list or none>; emergency_contact=<name, relation>
Should the agent ever store the street address here?`,
  ],
  [
    "en",
    "neg-redacted:handoff",
    `Handoff to billing agent: customer #C-20931 (name withheld), IBAN ending …4417, disputes a €39.90 debit. Please resolve within 48 h.
Is this enough context for the billing agent?`,
  ],
  [
    "en",
    "neg-placeholder:fstring",
    `prompt = f"Customer {customer.name} (email: {customer.email}, card ending {customer.card_last4}) asks: {question}"
Is it a prompt-injection risk to put the question last?`,
  ],

  // ── documented samples and synthetic fixtures ──
  [
    "en",
    "neg-sample:test-card",
    R`In Stripe test mode the agent calls {"name":"charge","arguments":"{\"number\":\"4242 4242 4242 4242\",\"exp\":\"12/34\",\"cvc\":\"123\"}"} and it works, but 4000 0000 0000 9995 declines. Is that expected?`,
  ],
  [
    "en",
    "neg-sample:aws-docs",
    `The AWS docs' example credentials in my agent's tool config:
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Will boto3 complain before the agent makes a call?`,
  ],
  [
    "en",
    "neg-sample:iban-docs",
    `Unit test for the transfer tool:
expect(parseArgs('{"iban":"GB82 WEST 1234 5698 7654 32","amount":10}')).toEqual({ iban: "GB82WEST12345698765432", amount: 10 });
Why does it fail on the space handling?`,
  ],
  [
    "en",
    "neg-fixture:faker",
    `tests/fixtures/synthetic_customers.json (generated with Faker, not real people):
[{"name": "Test User", "email": "test.user@example.com", "phone": "(206) 555-0123"}, {"name": "Jane Example", "email": "jane@example.org", "phone": "(206) 555-0188"}]
How do I load this fixture into the agent's mock CRM tool?`,
  ],
  [
    "en",
    "neg-fixture:eval",
    `Our agent eval case (synthetic):
{"input": "Book a flight for passenger TEST PASSENGER, passport 000000000", "expected_tool": "book_flight", "note": "dummy data, all zeros"}
Is it a problem that the passport is all zeros for validation?`,
  ],
  [
    "en",
    "neg-sample:jwt-io",
    `The auth tool returns the jwt.io sample token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c in our mock. Why does the agent decode "John Doe"?`,
  ],
  [
    "en",
    "neg-sample:ssn-docs",
    `The SSA example number 078-05-1120 shows up in our agent's tool documentation as the sample TIN. Should we replace it with 000-00-0000?`,
  ],

  // ── businesses', offices' and public figures' data in tool results ──
  [
    "en",
    "neg-business:places",
    `places.search result: {"name": "Blue Bottle Coffee", "formatted_address": "66 Mint St, San Francisco, CA 94103", "formatted_phone_number": "(510) 653-3394", "rating": 4.5, "price_level": 2}
Summarise for the user in one line.`,
  ],
  [
    "en",
    "neg-business:support",
    `Tool output (company_info): {"company": "Acme Plumbing LLC", "support_email": "support@acmeplumbing.com", "phone": "+1 800 555 0199", "hq": "1200 Industrial Pkwy, Dayton, OH 45414", "ein": "listed on invoices"}
Which of these should the agent give the caller?`,
  ],
  [
    "en",
    "neg-public:wiki",
    `wikipedia.lookup("Barack Obama") → {"born": "August 4, 1961", "birthplace": "Honolulu, Hawaii", "office": "44th President of the United States"}
The agent answered that he was born in Kenya. Why would it contradict the tool?`,
  ],
  [
    "en",
    "neg-public:address",
    `maps.geocode("The White House") returned {"address": "1600 Pennsylvania Avenue NW, Washington, DC 20500", "lat": 38.8977, "lng": -77.0365}. Is 4 decimal places enough precision for the agent?`,
  ],
  [
    "en",
    "neg-business:bank-branch",
    `bank_directory tool: {"bank": "Chase", "branch": "Midtown", "address": "270 Park Ave, New York, NY 10017", "routing_number": "021000021", "swift": "CHASUS33", "phone": "(212) 270-6000"}
Can the agent use the SWIFT code for an incoming EUR wire?`,
  ],
  [
    "en",
    "neg-business:hotel",
    `booking.confirm → {"hotel": "Hotel Adlon Kempinski", "address": "Unter den Linden 77, 10117 Berlin", "front_desk": "+49 30 22610", "check_in": "2025-05-14", "nights": 3, "rate_eur": 412.00}
Write the itinerary entry.`,
  ],
  [
    "en",
    "neg-public:ceo",
    `RAG chunk [source: press/2023-annual-report.pdf p.4]: "Our CEO, Satya Nadella, thanked the 221,000 employees…" Contact for investors: investor@microsoft.com.
Summarise the CEO letter in two lines.`,
  ],

  // ── ids, hashes, timestamps, model names, prices ──
  [
    "en",
    "neg-ids:request-trace",
    `Error from the agent runtime:
x-request-id: req_8f3a2c91d4e7b605
traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
openai-processing-ms: 1843
What do these headers tell me about the 500?`,
  ],
  [
    "en",
    "neg-ids:tool-call-ids",
    `{"id":"chatcmpl-9xQ2mBv7Lk3Rt8","object":"chat.completion","created":1718123456,"model":"gpt-4o-2024-08-06","choices":[{"message":{"tool_calls":[{"id":"call_Zk82jQwE1xYf","function":{"name":"get_weather","arguments":"{\\"city\\":\\"Oslo\\"}"}}]},"finish_reason":"tool_calls"}],"usage":{"prompt_tokens":412,"completion_tokens":18}}
Why does the second request say the tool_call_id is unknown?`,
  ],
  [
    "en",
    "neg-ids:uuids-hashes",
    `LangGraph checkpoint row: thread_id=3f2504e0-4f89-11d3-9a0c-0305e82c3301, checkpoint_id=1ef4a2b7-6c3d-6e10-8001-9d3a7b2c1e55, parent=1ef4a2b7-6c3d-6e0f-8000-4c2b1a9e8d77, blob sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
How do I find the latest checkpoint for a thread?`,
  ],
  [
    "en",
    "neg-ids:timestamps",
    `Agent run log:
2024-11-03T14:22:07.512Z step=1 tool=search latency_ms=842
2024-11-03T14:22:09.101Z step=2 tool=fetch latency_ms=1589
1730643731 epoch end
Why is step 2 twice as slow?`,
  ],
  [
    "en",
    "neg-ids:model-names",
    `We route between llama3.1:70b-instruct-q4_K_M, qwen2.5:32b, mixtral-8x22b, claude-3-5-haiku-20241022 and gpt-4o-mini-2024-07-18. Which is cheapest per 1M tokens for tool calling?`,
  ],
  [
    "en",
    "neg-ids:prices",
    R`The shopping agent called {"name":"add_to_cart","arguments":"{\"sku\":\"B08N5WRWNW\",\"quantity\":12,\"unit_price\":24.99,\"coupon\":\"SPRING15\"}"} and the total came out 299.88 instead of 254.90. Where's the bug?`,
  ],
  [
    "en",
    "neg-ids:stripe-ids",
    `Tool result from stripe.retrieve_payment_intent: {"id": "pi_3OqL2mKZ8vXc1Rt50uY7dF3a", "customer": "cus_PkQ7wZ2mN8xLr4", "payment_method": "pm_1OqL2lKZ8vXc1Rt5aB9cD0eF", "amount": 4999, "currency": "usd", "status": "succeeded", "card": {"brand": "visa", "last4": "4242"}}
Explain each field to a junior dev.`,
  ],
  [
    "en",
    "neg-ids:mcp-ids",
    `{"jsonrpc":"2.0","id":1042,"result":{"protocolVersion":"2024-11-05","serverInfo":{"name":"github-mcp","version":"0.6.2"},"capabilities":{"tools":{"listChanged":true}}}}
Which protocol version should my client advertise?`,
  ],
  [
    "en",
    "neg-ids:twilio-sid",
    `Twilio tool result: {"sid": "SM5f2a9c0e7b1d4483a6e2c9b8d7f1a04e", "status": "queued", "num_segments": "1", "price": "-0.00790", "api_version": "2010-04-01"}
Why is the price negative?`,
  ],
  [
    "en",
    "neg-ids:order",
    `handoff to returns_agent: order #114-7781290-3356012, item qty 2, refund $58.40, RMA 88214. Customer already printed the label.
Draft the returns agent's confirmation.`,
  ],

  // ── no identifiable person ──
  [
    "en",
    "neg-general:rag-health",
    `Retrieved [source: medlineplus/asthma.html]: "Asthma is a chronic disease of the airways. Inhaled corticosteroids such as fluticasone are first-line controllers."
Explain to a parent how controller and rescue inhalers differ.`,
  ],
  [
    "en",
    "neg-general:own-health",
    `User memory: prefers vegetarian recipes; has mentioned a gluten intolerance; runs 5k on weekends.
User: suggest a pre-run breakfast.`,
  ],
  [
    "en",
    "neg-general:scratchpad",
    `Thought: The user asked for the capital of Australia. I should call search.
Action: search
Action Input: "capital of Australia"
Observation: Canberra, population 467,194 (2021)
Why does my ReAct parser fail on the population comma?`,
  ],
  [
    "en",
    "neg-general:messages",
    `[{"role":"system","content":"You are a helpful assistant. Today is 2024-05-02."},{"role":"user","content":"Convert 72°F to Celsius"},{"role":"assistant","content":"72°F is about 22.2°C."}]
Why does the API count 31 prompt tokens for this?`,
  ],
  [
    "en",
    "neg-general:config",
    `agent.toml
[llm]
model = "gpt-4o-2024-08-06"
temperature = 0.2
max_tokens = 4096
[server]
port = 8080
timeout_s = 30
Is temperature 0.2 too high for tool calling?`,
  ],
  [
    "en",
    "neg-general:state",
    `{'messages': [HumanMessage(content='what is 17% of 2,340?'), AIMessage(content='397.8')], 'remaining_steps': 24, 'is_last_step': False}
Why does LangGraph stop after 25 steps?`,
  ],
  [
    "en",
    "neg-general:password-word",
    R`The agent called {"name":"send_email","arguments":"{\"subject\":\"Password reset\",\"body\":\"Click the link to choose a new password. The link expires in 30 minutes.\"}"} — should the subject mention the word password at all?`,
  ],
  [
    "en",
    "neg-general:otp-docs",
    `Our verify_otp tool accepts a 6-digit code; the TOTP window is 30 s with ±1 step drift. The docs example uses code 123456. How many attempts should the agent allow?`,
  ],
  [
    "en",
    "neg-general:fiction",
    `RAG source: books/holmes/a-study-in-scarlet.txt — "Sherlock Holmes lived at 221B Baker Street with Dr. Watson, who had been wounded at Maiwand."
Q: where did Holmes live?`,
  ],
];
