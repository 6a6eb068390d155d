/**
 * dev-51 mailboxes: public project mailboxes (mailing lists, bug trackers, security contacts of open-source projects;
 * negatives, `neg-mailbox:<what>`) and private people's addresses in the same kinds of sentences (positives,
 * `mailbox:email`). See README.md.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const PUBLIC_MAILBOXES: MarkedEntry[] = [
  ["en", "neg-mailbox:list", `Send the patch series to linux-kernel@vger.kernel.org and Cc the subsystem maintainer.`],
  ["en", "neg-mailbox:bugs", `File the crash report with bugs@python.org and attach the full traceback.`],
  ["en", "neg-mailbox:security", `Security issues: please write to security@apache.org, not to the public tracker.`],
  ["en", "neg-mailbox:list", `Usage questions go to the users list, users@kafka.apache.org.`],
  ["en", "neg-mailbox:list", `Subscribe to debian-devel@lists.debian.org for packaging discussions.`],
  ["en", "neg-mailbox:security", `Report kernel vulnerabilities to security@kernel.org; they usually reply within 48 hours.`],
  ["en", "neg-mailbox:list", `The PostgreSQL development list is pgsql-hackers@lists.postgresql.org.`],
  ["en", "neg-mailbox:list", `Mail the series to git@vger.kernel.org with a cover letter.`],
  ["en", "neg-mailbox:security", `For Firefox security bugs write to security@mozilla.org.`],
  ["en", "neg-mailbox:bugs", `GNU Emacs bugs: bug-gnu-emacs@gnu.org (or use M-x report-emacs-bug).`],
  ["en", "neg-mailbox:list", `Send your Bash questions to help-bash@gnu.org.`],
  ["en", "neg-mailbox:security", `The Rust security response team is at security@rust-lang.org.`],
  ["en", "neg-mailbox:security", `Node.js vulnerabilities can be reported to security@nodejs.org or on HackerOne.`],
  ["en", "neg-mailbox:list", `Discuss the proposal on dev@spark.apache.org before you open a pull request.`],
  ["en", "neg-mailbox:security", `Report OpenSSL security problems to openssl-security@openssl.org.`],
  ["en", "neg-mailbox:list", `Ask on the curl mailing list, curl-library@lists.haxx.se.`],
  ["en", "neg-mailbox:list", `Fedora's development list is devel@lists.fedoraproject.org.`],
  ["en", "neg-mailbox:security", `Report Django security issues to security@djangoproject.com, never in a public ticket.`],
  ["en", "neg-mailbox:bugs", `Bugs in glibc are discussed on libc-alpha@sourceware.org.`],
  ["de", "neg-mailbox:list", `Fragen zur Installation bitte an die Liste debian-user-german@lists.debian.org schicken.`],
];

export const PERSONAL_MAILBOXES: MarkedEntry[] = [
  ["en", "mailbox:email", `Please send my invoice to ⟦email|jordan.mills82@gmail.com⟧, not to my work address.`],
  ["en", "mailbox:email", `My private email is ⟦email|charlotte.baker@outlook.com⟧ — please don't share it.`],
  ["en", "mailbox:email", `Contact my mum at ⟦email|elizabeth.shaw47@btinternet.com⟧ if I'm unreachable.`],
  ["en", "mailbox:email", `Send the patches to me directly while I'm travelling: ⟦email|marek.novak@fastmail.com⟧.`],
  ["en", "mailbox:email", `Report bugs to my personal address, ⟦email|tom.hill.dev@gmail.com⟧, while the tracker is down.`],
  ["en", "mailbox:email", `Grace's email is ⟦email|grace.oneill@yahoo.co.uk⟧; she's our new tenant.`],
  ["en", "mailbox:email", `My landlord's address: ⟦email|p.harrington@hotmail.com⟧.`],
  ["en", "mailbox:email", `CC my sister on this: ⟦email|sarah.klein1990@gmx.de⟧.`],
  ["en", "mailbox:email", `Send the signed lease to ⟦email|victoria.holt@icloud.com⟧.`],
  ["en", "mailbox:email", `You can reach Sofia Marin at ⟦email|sofia.marin@abv.bg⟧.`],
  ["en", "mailbox:email", `Mail the kids' school forms to ⟦email|dakota.lee.home@gmail.com⟧.`],
  ["en", "mailbox:email", `Patient contact: ⟦email|houston.reed55@aol.com⟧, next of kin Mary Reed.`],
  ["en", "mailbox:email", `my gmail is ⟦email|savannah.brooks.99@gmail.com⟧, text me too`],
  ["en", "mailbox:email", `The security guard who found my wallet is ⟦email|kwame.mensah@yahoo.com⟧ if you want to thank him.`],
  ["en", "mailbox:email", `Subscribe my dad, ⟦email|george.wilson1951@sky.com⟧, to the parish newsletter list.`],
  ["fr", "mailbox:email", `Écris-moi à ⟦email|nancy.dupont@orange.fr⟧ pour la réunion des parents.`],
  ["es", "mailbox:email", `Mi correo personal es ⟦email|dolores.ruiz@telefonica.net⟧.`],
  ["de", "mailbox:email", `Meine private Adresse: ⟦email|heide.jansen@web.de⟧`],
  ["it", "mailbox:email", `Il mio indirizzo è ⟦email|vittoria.russo@libero.it⟧.`],
  ["pl", "mailbox:email", `Mój mail: ⟦email|kazimierz.nowak@wp.pl⟧`],
];
