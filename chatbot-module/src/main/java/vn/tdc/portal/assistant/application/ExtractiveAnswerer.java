package vn.tdc.portal.assistant.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.tdc.portal.assistant.application.AnalysedChunk.Unit;
import vn.tdc.portal.assistant.domain.QuestionType;
import vn.tdc.portal.search.application.QueryTerm;
import vn.tdc.portal.search.application.SearchPlan;
import vn.tdc.portal.search.domain.Passage;

/**
 * Chooses what to quote from retrieved passages and whether that is a grounded answer.
 *
 * <p>Each unit (bullet, paragraph, sentence, heading line) is scored by the IDF-weighted share of the
 * question's topic terms it contains ("coverage"): a term counts fully when found in the unit as typed
 * (or folded, for a question typed without diacritics), 0.6 when only the folded form matches, 0.8 through an
 * expansion ("nay" typed in an accented question matches "này" only at 0.3); the unit's section heading
 * counts at 0.85, the rest of its passage and the document title at 0.5, so a bullet
 * under "3. Trung tâm cung ứng dịch vụ…" answers "Trung tâm… làm gì?". Bigrams found in the unit, the
 * passage's retrieval rank, a section heading made of the question's own words ("2. Yêu cầu" for
 * "yêu cầu của kế hoạch là gì?") and the question type (date, figure, organisation present) add small
 * bonuses. The answer is grounded when the best unit's coverage reaches {@link AnswerPolicy#groundedCoverage()}
 * (higher when a date or figure is asked and absent) and the topic is specific enough. Off-topic
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

    private final AnalysedChunkCache analyses = new AnalysedChunkCache();
    private final FactExtractor facts = new FactExtractor();
    private final AnswerPolicy policy;

    ExtractiveAnswerer(AnswerPolicy policy) {
        this.policy = policy;
    }

    Extraction extract(SearchPlan plan, QuestionType type, List<Passage> passages, double[] idf) {
        double[] weights = new double[plan.terms().size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = idf[i] * (plan.terms().get(i).weak() ? WEAK_WEIGHT : 1);
            total += weights[i];
        }
        if (passages.isEmpty() || total <= 0) {
            return Extraction.none(0);
        }
        double topScore = passages.get(0).score();
        List<Scored> scored = new ArrayList<>();
        for (Passage p : passages) {
            AnalysedChunk analysed = analyses.get(p.chunk());
            for (Unit u : analysed.units) {
                scored.add(score(plan, type, weights, total, p, analysed, u, topScore));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        Scored best = scored.get(0);
        List<Quote> quotes = new ArrayList<>();
        quotes.add(new Quote(best.passage(), quoteUnits(best, scored, type)));
        Optional<Scored> second = scored.stream()
                .filter(s -> s.passage() != best.passage())
                .filter(s -> s.score() >= SECOND_SOURCE_RATIO * best.score() && s.coverage() >= policy.groundedCoverage())
                .findFirst();
        second.ifPresent(s -> quotes.add(new Quote(s.passage(), quoteUnits(s, scored, type))));

        String quoted = String.join(" ", quotes.get(0).texts());
        Optional<String> lead = lead(type, plan, quoted, best);
        boolean factMissing = (type == QuestionType.WHEN && !facts.hasDate(quoted))
                || (type == QuestionType.HOW_MANY && !facts.hasFigure(quoted));
        double needed = factMissing ? policy.strictCoverage() : policy.groundedCoverage();
        boolean grounded = best.coverage() >= needed && total >= policy.minimumTopicWeight();
        return grounded ? new Extraction(true, best.coverage(), quotes, lead) : Extraction.none(best.coverage());
    }

    private Scored score(SearchPlan plan, QuestionType type, double[] weights, double total, Passage passage, AnalysedChunk pu,
            Unit u, double topScore) {
        double covered = 0;
        for (int i = 0; i < weights.length; i++) {
            QueryTerm t = plan.terms().get(i);
            double m = Math.max(Math.max(match(t, u.bag()), HEADING_FACTOR * match(t, pu.headingBag)),
                    Math.max(PASSAGE_FACTOR * match(t, pu.passageBag), TITLE_FACTOR * match(t, pu.titleBag)));
            covered += weights[i] * m;
        }
        double coverage = covered / total;
        double bigrams = 0;
        for (QueryTerm[] b : plan.bigrams()) {
            if (u.bag().hasPair(b[0].folded() + " " + b[1].folded())) {
                bigrams += BIGRAM_BONUS;
            }
        }
        double score = coverage + Math.min(BIGRAM_CAP, bigrams) + RANK_BONUS * (passage.score() / topScore)
                + HEADING_FOCUS_BONUS * pu.headingFocus(plan);
        score += switch (type) {
            case WHEN -> whenBonus(u.text(), numbersOf(plan));
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

    /** The question's numbers ("38", "1703"), which name instruments. */
    private static List<String> numbersOf(SearchPlan plan) {
        return plan.terms().stream().map(QueryTerm::folded).filter(f -> f.chars().allMatch(Character::isDigit)).toList();
    }

    private static double match(QueryTerm t, TokenBag bag) {
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
     * the section in reading order; other questions quote the best unit (and a close runner-up).
     */
    private List<String> quoteUnits(Scored best, List<Scored> all, QuestionType type) {
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
        if (chosen.stream().noneMatch(u -> hasFact(type, u.text()))) {
            all.stream()
                    .filter(s -> s.analysed() == pu && !chosen.contains(s.unit()) && hasFact(type, s.unit().text()))
                    .filter(s -> s.score() >= FACT_COMPANION_RATIO * best.score())
                    .findFirst()
                    .ifPresent(s -> chosen.add(s.unit()));
        }
        return chosen.stream().sorted(Comparator.comparingInt(Unit::index)).map(Unit::text).map(ExtractiveAnswerer::clean).toList();
    }

    /** Whether a unit holds the fact a date or figure question asks for (always true for other types). */
    private boolean hasFact(QuestionType type, String text) {
        return switch (type) {
            case WHEN -> facts.hasDate(text);
            case HOW_MANY -> facts.hasFigure(text);
            default -> true;
        };
    }

    private Optional<String> lead(QuestionType type, SearchPlan plan, String quoted, Scored best) {
        return switch (type) {
            case WHEN -> facts.date(quoted, true, numbersOf(plan));
            case HOW_MANY -> facts.figure(quoted);
            case WHICH_BODY -> facts.organisation(quoted, best.analysed().chunk.heading());
            default -> Optional.empty();
        };
    }

    private static String clean(String unit) {
        return unit.replaceFirst("^-\\s*", "").strip();
    }
}
