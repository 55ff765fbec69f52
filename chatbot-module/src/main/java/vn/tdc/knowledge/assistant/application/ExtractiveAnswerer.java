package vn.tdc.knowledge.assistant.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tdc.knowledge.assistant.application.AnalysedChunk.Unit;
import vn.tdc.knowledge.assistant.domain.QuestionType;
import vn.tdc.knowledge.search.application.QueryTerm;
import vn.tdc.knowledge.search.application.SearchPlan;
import vn.tdc.knowledge.search.domain.Passage;
import vn.tdc.knowledge.search.domain.SourceType;

/**
 * Chooses what to quote from retrieved passages and whether that is a grounded answer.
 *
 * <p>Each unit (bullet, paragraph, sentence, heading line) is scored by the IDF-weighted share of the
 * question's topic terms it contains ("coverage"): a term counts fully when found in the unit as typed
 * (or folded, for a question typed without diacritics), 0.6 when only the folded form matches, 0.8 through an
 * expansion ("nay" typed in an accented question matches "này" only at 0.3); the unit's section heading
 * counts at 0.85 (up to 1 when the heading is made of the question's words: "2. Yêu cầu" for "yêu cầu… là gì?"),
 * the rest of its passage and the document title at 0.5, so a bullet under "3. Trung tâm cung ứng dịch vụ…"
 * answers "Trung tâm… làm gì?". In a question restricted to a place, words naming the document itself ("kế hoạch
 * của Tỉnh ủy Tiền Giang": its kind and issuer) are left out of the coverage, so they neither pull the answer towards
 * a passage that happens to mention "kế hoạch" nor make an off-topic question look covered. A syllable of a
 * two-syllable phrase of the question that the index knows ("trường học") counts half in a passage that has the
 * syllable but never the phrase ("Thủ trưởng", "khoa học"). Bigrams found in the unit (or its heading), the
 * passage's retrieval rank, a section heading made of the question's own words ("2. Yêu cầu" for
 * "yêu cầu của kế hoạch là gì?") and the question type (date, figure, organisation present; for "đến năm nào"
 * a date after "đến", for "bao lâu một lần" a frequency such as "hằng năm") add small bonuses. The answer is grounded when the best unit's coverage reaches {@link AnswerPolicy#groundedCoverage()}
 * (higher when a date or figure is asked and absent) and the topic is specific enough; a "bao nhiêu" question
 * is never answered by a quote without any number ("có bao nhiêu tổ dân phố?"). Off-topic
 * questions fail here: their meaningful words are absent from every passage, whatever the BM25 score.
 */
final class ExtractiveAnswerer {

    /** Text quoted from one passage. */
    record Quote(Passage passage, List<String> texts) {
    }

    /** The outcome: what to quote, an optional leading fact, and whether it is grounded. */
    record Extraction(boolean grounded, double coverage, List<Quote> quotes, Optional<String> lead) {

        static Extraction none(double coverage) {
            return new Extraction(false, coverage, List.of(), Optional.empty());
        }
    }

    private record Scored(Passage passage, AnalysedChunk analysed, Unit unit, double coverage, double score) {
    }

    private static final double HEADING_FACTOR = 0.85;
    private static final double PASSAGE_FACTOR = 0.5;
    private static final double FOLDED_ONLY = 0.6;
    private static final double PLAIN_AS_ACCENTED = 0.3;
    private static final double TITLE_FACTOR = 0.5;
    private static final double EXPANSION = 0.8;
    private static final double WEAK_WEIGHT = 0.25;
    private static final double BIGRAM_BONUS = 0.06;
    private static final double BIGRAM_CAP = 0.3;
    private static final double RANK_BONUS = 0.1;
    private static final double HEADING_FOCUS_BONUS = 0.12;
    private static final double TYPE_BONUS = 0.15;
    private static final double SECOND_SOURCE_RATIO = 0.93;
    private static final int MAX_TASK_UNITS = 4;
    private static final double FACT_COMPANION_RATIO = 0.6;
    private static final double BROKEN_PHRASE = 0.5;
    /** What a "when" question asks: a date, the end of a period ("đến năm nào"), or how often ("bao lâu một lần"). */
    private enum When { DATE, UNTIL, HOW_OFTEN }

    /** "bao lâu một lần", "mấy lần", "định kỳ khi nào": how often something is done. */
    private static final Pattern HOW_OFTEN = Pattern.compile(
            "\\b(bao lau|may lan|bao nhieu lan|tan suat|dinh ky)\\b");

    /** How close to a full match a word of the document's reference must be to name the document. */
    private static final double DESIGNATOR_MATCH = 0.55;
    /** "… đến năm nào?", "… đến khi nào?": the end of a period is asked, a date introduced by "đến" answers it. */
    private static final Pattern UNTIL = Pattern.compile(
            "\\b(den|toi) (nam nao|khi nao|bao gio|luc nao|thoi diem nao|nam bao nhieu|nam may)\\b");
    private static final List<String> UNTIL_WORDS = List.of("đến", "tới");
    /** The question asks for a number that names something ("kế hoạch số mấy", "số hiệu"), not for a quantity. */
    private static final Pattern ASKS_NUMBER = Pattern.compile("\\b(so may|so bao nhieu|so hieu|ky hieu|so nao)\\b");

    /** Subjects (folded) a question must name before an article may answer it. */
    static final Pattern ARTICLE_TOPICS = Pattern.compile("\\b(can doi chung|can dieu|can thieu|can sai|qua can|cai can"
            + "|do luong|phuong tien do|kiem dinh|tem kiem dinh|hang gia|hang nhai|hang kem chat luong|chat luong"
            + "|tieu chuan|nhan hang|ghi nhan|nhan mac|truy xuat|nguon goc|ma qr|qr code|ma vach|han su dung|qua han"
            + "|xang dau|xang|cot bom|bom thieu|phan anh|chi thi|38-ct/tw|38 ct)\\b");

    private final AnalysedChunkCache analyses = new AnalysedChunkCache();
    private final FactExtractor facts = new FactExtractor();
    private final AnswerPolicy policy;

    ExtractiveAnswerer(AnswerPolicy policy) {
        this.policy = policy;
    }

    Extraction extract(SearchPlan plan, QuestionType type, List<Passage> passages, double[] idf) {
        return extract(plan, type, passages, idf, Set.of());
    }

    /**
     * @param knownPhrases the question's syllable pairs ("a b", folded) that occur in the index: a passage matching a
     *                     syllable of such a phrase without having the phrase anywhere ("học" of "trường học" in
     *                     "khoa học") probably has another word, and the syllable counts {@value #BROKEN_PHRASE}
     */
    Extraction extract(SearchPlan plan, QuestionType type, List<Passage> passages, double[] idf, Set<String> knownPhrases) {
        List<Passage> documents = passages.stream().filter(p -> p.source().type() == SourceType.DOCUMENT).toList();
        if (documents.size() == passages.size()) {
            return extractFrom(plan, type, passages, idf, knownPhrases);
        }
        Extraction fromDocuments = extractFrom(plan, type, documents, idf, knownPhrases);
        if (fromDocuments.grounded() || !ARTICLE_TOPICS.matcher(FoldedText.of(plan.question()).folded()).find()) {
            return fromDocuments;
        }
        Extraction fromAll = extractFrom(plan, type, passages, idf, knownPhrases);
        return fromAll.grounded() && fromAll.coverage() >= policy.strictCoverage() ? fromAll : fromDocuments;
    }

    /**
     * The directives and plans answer first; a published article answers only when no document does, the question
     * names a subject of standards, metrology or quality ({@link #ARTICLE_TOPICS}) and the article covers it at the
     * strict threshold. Articles are written in everyday words ("mua", "nhanh", "hôm nay"), so without these
     * conditions they would "answer" questions the portal has nothing to say about.
     */
    private Extraction extractFrom(SearchPlan plan, QuestionType type, List<Passage> passages, double[] idf,
                                   Set<String> knownPhrases) {
        Map<String, List<String>> phrasesOf = new HashMap<>();
        for (QueryTerm[] b : plan.bigrams()) {
            String pair = b[0].folded() + " " + b[1].folded();
            if (knownPhrases.contains(pair)) {
                phrasesOf.computeIfAbsent(b[0].folded(), k -> new ArrayList<>()).add(pair);
                phrasesOf.computeIfAbsent(b[1].folded(), k -> new ArrayList<>()).add(pair);
            }
        }
        Set<String> designators = designators(plan, passages);
        double[] weights = new double[plan.terms().size()];
        double total = 0;
        double rest = 0;
        for (int i = 0; i < weights.length; i++) {
            QueryTerm t = plan.terms().get(i);
            weights[i] = idf[i] * (t.weak() ? WEAK_WEIGHT : 1);
            total += weights[i];
            rest += designators.contains(t.folded()) ? 0 : weights[i];
        }
        if (rest < policy.minimumTopicWeight()) {
            // the question is about the document as a whole ("kế hoạch… thực hiện đến năm nào?"): its name is its topic
            designators = Set.of();
        } else {
            for (int i = 0; i < weights.length; i++) {
                weights[i] = designators.contains(plan.terms().get(i).folded()) ? 0 : weights[i];
            }
            total = rest;
        }
        if (passages.isEmpty() || total <= 0) {
            return Extraction.none(0);
        }
        double topScore = passages.get(0).score();
        String question = FoldedText.of(plan.question()).folded();
        When when = type != QuestionType.WHEN ? When.DATE
                : UNTIL.matcher(question).find() ? When.UNTIL : HOW_OFTEN.matcher(question).find() ? When.HOW_OFTEN : When.DATE;
        List<Scored> scored = new ArrayList<>();
        for (Passage p : passages) {
            AnalysedChunk analysed = analyses.get(p.chunk());
            for (Unit u : analysed.units) {
                scored.add(score(plan, type, when, weights, designators, phrasesOf, total, p, analysed, u, topScore));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        Scored best = scored.get(0);
        List<Quote> quotes = new ArrayList<>();
        quotes.add(new Quote(best.passage(), quoteUnits(best, scored, type, when)));
        Optional<Scored> second = scored.stream()
                .filter(s -> s.passage() != best.passage())
                .filter(s -> s.score() >= SECOND_SOURCE_RATIO * best.score() && s.coverage() >= policy.groundedCoverage())
                .findFirst();
        second.ifPresent(s -> quotes.add(new Quote(s.passage(), quoteUnits(s, scored, type, when))));

        String quoted = String.join(" ", quotes.get(0).texts());
        Optional<String> lead = switch (when) {
            case UNTIL -> facts.dateAfterWord(quoted, UNTIL_WORDS).or(() -> lead(type, plan, quoted, best));
            case HOW_OFTEN -> facts.frequency(quoted).or(() -> lead(type, plan, quoted, best));
            case DATE -> lead(type, plan, quoted, best);
        };
        boolean factMissing = (type == QuestionType.WHEN && !facts.hasDate(quoted) && !(when == When.HOW_OFTEN && facts.hasFrequency(quoted)))
                || (type == QuestionType.HOW_MANY && !facts.hasFigure(quoted));
        double needed = factMissing ? policy.strictCoverage() : policy.groundedCoverage();
        boolean grounded = best.coverage() >= needed && total >= policy.minimumTopicWeight()
                && (type != QuestionType.HOW_MANY || quotes.stream().flatMap(q -> q.texts().stream()).anyMatch(t -> answersHowMany(plan, t)));
        return grounded ? new Extraction(true, best.coverage(), quotes, lead) : Extraction.none(best.coverage());
    }

    private Scored score(SearchPlan plan, QuestionType type, When when, double[] weights, Set<String> designators,
            Map<String, List<String>> phrasesOf, double total, Passage passage, AnalysedChunk pu, Unit u, double topScore) {
        double focus = pu.headingFocus(plan);
        double headingFactor = HEADING_FACTOR + (1 - HEADING_FACTOR) * focus;
        double covered = 0;
        for (int i = 0; i < weights.length; i++) {
            QueryTerm t = plan.terms().get(i);
            double direct = Math.max(Math.max(directMatch(t, u.bag()), headingFactor * directMatch(t, pu.headingBag)),
                    Math.max(PASSAGE_FACTOR * directMatch(t, pu.passageBag), TITLE_FACTOR * directMatch(t, pu.titleBag)));
            List<String> phrases = phrasesOf.get(t.folded());
            if (phrases != null && direct > 0 && !hasAnyPair(phrases, u.bag(), pu)) {
                direct *= BROKEN_PHRASE;
            }
            double expanded = t.alternatives().isEmpty() || direct >= EXPANSION ? 0
                    : Math.max(Math.max(expansionMatch(t, u.bag()), headingFactor * expansionMatch(t, pu.headingBag)),
                            Math.max(PASSAGE_FACTOR * expansionMatch(t, pu.passageBag), TITLE_FACTOR * expansionMatch(t, pu.titleBag)));
            double m = Math.max(direct, expanded);
            covered += weights[i] * m;
        }
        double coverage = covered / total;
        double bigrams = 0;
        for (QueryTerm[] b : plan.bigrams()) {
            String pair = b[0].folded() + " " + b[1].folded();
            if (designators.contains(b[0].folded()) && designators.contains(b[1].folded())) {
                continue;
            }
            if (u.bag().hasPair(pair)) {
                bigrams += BIGRAM_BONUS;
            } else if (pu.headingBag.hasPair(pair)) {
                bigrams += headingFactor * BIGRAM_BONUS;
            }
        }
        double score = coverage + Math.min(BIGRAM_CAP, bigrams) + RANK_BONUS * (passage.score() / topScore)
                + HEADING_FOCUS_BONUS * focus;
        score += switch (type) {
            case WHEN -> switch (when) {
                case UNTIL -> untilBonus(u.text());
                case HOW_OFTEN -> facts.hasFrequency(u.text()) ? TYPE_BONUS : whenBonus(u.text(), numbersOf(plan)) - TYPE_BONUS;
                case DATE -> whenBonus(u.text(), numbersOf(plan));
            };
            case HOW_MANY -> facts.hasFigure(u.text()) ? TYPE_BONUS : -TYPE_BONUS / 2;
            case WHICH_BODY -> facts.namesOrganisation(u.text()) || !pu.chunk.heading().isEmpty()
                    && facts.namesOrganisation(pu.chunk.heading()) ? TYPE_BONUS / 2 : 0;
            default -> 0;
        };
        if (u.heading() && pu.units.size() > 1) {
            score -= 0.01;
        }
        return new Scored(passage, pu, u, coverage, score);
    }

    /**
     * A unit with a date suits a "when" question; when the question names an instrument by number
     * ("Quyết định 1703/QĐ-TTg ban hành ngày nào?") the date must follow that number to count fully.
     */
    private double whenBonus(String text, List<String> numbers) {
        if (!facts.hasDate(text)) {
            return -TYPE_BONUS;
        }
        if (numbers.isEmpty() || facts.dateAfter(text, numbers).isPresent()) {
            return TYPE_BONUS;
        }
        return TYPE_BONUS / 3;
    }

    /** For "đến năm nào?": a date introduced by "đến" ("đến năm 2030") answers it, another date does not. */
    private double untilBonus(String text) {
        if (facts.dateAfterWord(text, UNTIL_WORDS).isPresent()) {
            return 2 * TYPE_BONUS;
        }
        return facts.hasDate(text) ? 0 : -TYPE_BONUS;
    }

    /** Whether the unit, its heading or its passage has one of these syllable pairs. */
    private static boolean hasAnyPair(List<String> pairs, TokenBag unit, AnalysedChunk pu) {
        for (String pair : pairs) {
            if (unit.hasPair(pair) || pu.headingBag.hasPair(pair) || pu.passageBag.hasPair(pair)) {
                return true;
            }
        }
        return false;
    }

    /** The question's numbers ("38", "1703"), which name instruments. */
    private static List<String> numbersOf(SearchPlan plan) {
        return plan.terms().stream().map(QueryTerm::folded).filter(f -> f.chars().allMatch(Character::isDigit)).toList();
    }

    /**
     * Topic words that name the documents the question is restricted to, when it names a place or a number: words of
     * the reference of every retrieved source ("kế hoạch", "tỉnh ủy" in "mục đích của kế hoạch của Tỉnh ủy Tiền
     * Giang"). They say which document, not what in it, so they count neither for nor against a passage, unless
     * the rest of the question is too vague to stand alone. Only documents are named so; an article among the
     * passages has no say.
     */
    Set<String> designators(SearchPlan plan, List<Passage> passages) {
        if (!plan.places().namesKnownPlace() || passages.isEmpty()) {
            return Set.of();
        }
        Map<String, TokenBag> references = new HashMap<>();
        for (Passage p : passages) {
            if (p.source().type() == SourceType.DOCUMENT) {
                references.computeIfAbsent(p.source().documentId(), id -> analyses.get(p.chunk()).referenceBag);
            }
        }
        if (references.isEmpty()) {
            return Set.of();
        }
        Set<String> designators = new HashSet<>();
        for (QueryTerm t : plan.terms()) {
            if (references.values().stream().allMatch(bag -> match(t, bag) >= DESIGNATOR_MATCH)) {
                designators.add(t.folded());
            }
        }
        return designators;
    }

    /** Whether every topic word of the question only names the document ("kế hoạch của UBND phường Thành Đông"). */
    boolean namesOnlyTheDocument(SearchPlan plan, List<Passage> passages) {
        return plan.hasTerms() && designators(plan, passages).size() == plan.terms().size();
    }

    private static double match(QueryTerm t, TokenBag bag) {
        double direct = directMatch(t, bag);
        return direct > 0 ? direct : expansionMatch(t, bag);
    }

    /** The term itself: as typed, or folded (less when diacritics were typed and differ). */
    private static double directMatch(QueryTerm t, TokenBag bag) {
        if (t.prefersExact()) {
            if (bag.hasExact(t.lower())) {
                return 1;
            }
            if (bag.hasFolded(t.folded())) {
                return t.accented() ? FOLDED_ONLY : PLAIN_AS_ACCENTED;
            }
        } else if (bag.hasFolded(t.folded())) {
            return 1;
        }
        return 0;
    }

    /** One of the term's expansions ("kinh phí" for "ngân sách"). */
    private static double expansionMatch(QueryTerm t, TokenBag bag) {
        for (List<String> alt : t.alternatives()) {
            if (bag.hasAll(alt)) {
                return EXPANSION;
            }
        }
        return 0;
    }

    /**
     * The units to quote from the best unit's passage: a heading line is replaced by what follows it;
     * task questions ("làm gì", "những gì") quote up to {@value #MAX_TASK_UNITS} well-scoring units of
     * the section in reading order; other questions quote the best unit (and a close runner-up). A date, figure
     * or organisation question whose quote lacks that fact also quotes the best unit of the passage that has it
     * ("Cơ quan chủ trì thực hiện: …" under the task a "ai chủ trì…" question names).
     */
    private List<String> quoteUnits(Scored best, List<Scored> all, QuestionType type, When when) {
        AnalysedChunk pu = best.analysed();
        List<Unit> chosen = new ArrayList<>();
        if (best.unit().heading()) {
            pu.units.stream().filter(u -> !u.heading()).limit(type == QuestionType.WHAT_TO_DO ? MAX_TASK_UNITS : 2).forEach(chosen::add);
        }
        if (chosen.isEmpty()) {
            double ratio = type == QuestionType.WHAT_TO_DO || type == QuestionType.WHO ? 0.8 : 0.95;
            int max = type == QuestionType.WHAT_TO_DO ? MAX_TASK_UNITS : 2;
            all.stream()
                    .filter(s -> s.analysed() == pu && !s.unit().heading())
                    .filter(s -> s.score() >= ratio * best.score())
                    .limit(max)
                    .map(Scored::unit)
                    .forEach(chosen::add);
            if (!chosen.contains(best.unit())) {
                chosen.add(0, best.unit());
            }
        }
        boolean headingHasFact = type == QuestionType.WHICH_BODY && !pu.chunk.heading().isEmpty() && facts.namesOrganisation(pu.chunk.heading());
        if (!headingHasFact && chosen.stream().noneMatch(u -> hasFact(type, when, u.text()))) {
            all.stream()
                    .filter(s -> s.analysed() == pu && !chosen.contains(s.unit()) && !s.unit().heading() && hasFact(type, when, s.unit().text()))
                    .filter(s -> s.score() >= FACT_COMPANION_RATIO * best.score())
                    .findFirst()
                    .ifPresent(s -> chosen.add(s.unit()));
        }
        return chosen.stream().sorted(Comparator.comparingInt(Unit::index)).map(Unit::text).map(ExtractiveAnswerer::clean).toList();
    }

    /** Whether a unit holds the fact a date, figure or organisation question asks for (always true for other types). */
    private boolean hasFact(QuestionType type, When when, String text) {
        return switch (type) {
            case WHEN -> when == When.HOW_OFTEN ? facts.hasFrequency(text) : facts.hasDate(text);
            case HOW_MANY -> facts.hasFigure(text);
            case WHICH_BODY -> facts.namesOrganisation(text);
            default -> true;
        };
    }

    private Optional<String> lead(QuestionType type, SearchPlan plan, String quoted, Scored best) {
        return switch (type) {
            case WHEN -> facts.date(quoted, true, numbersOf(plan));
            case HOW_MANY -> facts.figure(quoted);
            case WHICH_BODY -> facts.organisation(quoted, best.analysed().chunk.heading(), asksPartner(plan));
            default -> Optional.empty();
        };
    }

    /**
     * Whether a quoted text can answer a "bao nhiêu / mấy" question: it states a quantity, or, when the question asks
     * for an instrument's number ("kế hoạch số mấy?"), it has any number.
     */
    private boolean answersHowMany(SearchPlan plan, String text) {
        return facts.hasQuantity(text) || ASKS_NUMBER.matcher(FoldedText.of(plan.question()).folded()).find() && FactExtractor.hasDigit(text);
    }

    /** "Cơ quan nào phối hợp…?" (and not "chủ trì"): the partner body is asked, not the one in charge. */
    private static boolean asksPartner(SearchPlan plan) {
        List<String> folded = plan.terms().stream().map(QueryTerm::folded).toList();
        int phoi = folded.indexOf("phoi");
        boolean partner = phoi >= 0 && phoi + 1 < folded.size() && folded.get(phoi + 1).equals("hop");
        return partner && !(folded.contains("chu") && folded.contains("tri"));
    }

    private static String clean(String unit) {
        return unit.replaceFirst("^-\\s*", "").strip();
    }
}
