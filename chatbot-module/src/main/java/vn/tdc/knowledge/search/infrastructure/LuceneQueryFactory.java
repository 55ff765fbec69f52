package vn.tdc.knowledge.search.infrastructure;

import static vn.tdc.knowledge.search.infrastructure.IndexFields.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.tdc.knowledge.document.domain.AdministrativeLevel;
import vn.tdc.knowledge.search.application.QueryTerm;
import vn.tdc.knowledge.search.application.SearchPlan;
import vn.tdc.knowledge.search.application.SourceScope;

/**
 * Builds the Lucene query of a {@link SearchPlan}.
 *
 * <p>Scoring rules: every term is looked up in the folded field (so "do luong" finds "đo lường"); in a
 * question typed with diacritics every term is also looked up in the exact field with a higher boost, so exact
 * matches rank first; syllable bigrams weigh more than single syllables; expansions weigh little;
 * weak terms (probable function words typed without diacritics) weigh very little. Place, type and unit scope
 * are filters, not scores: a question about Đức Phổ only sees Đức Phổ's documents, where the words naming that
 * document ("kế hoạch của UBND…") weigh little.
 */
final class LuceneQueryFactory {

    static final float EXACT_BOOST = 1.6f;
    static final float FOLDED_BOOST = 1.0f;
    static final float BIGRAM_FACTOR = 1.5f;
    static final float EXPANSION_BOOST = 0.4f;
    static final float WEAK_FACTOR = 0.25f;
    static final float DESIGNATOR_FACTOR = 0.3f;

    Query build(SearchPlan plan) {
        return build(plan, Set.of());
    }

    /**
     * The query of a plan; {@code designators} are folded words naming the documents the plan is restricted to
     * ("kế hoạch", "tỉnh ủy"): within those documents they tell passages apart no better than chance, so they weigh little.
     */
    Query build(SearchPlan plan, Set<String> designators) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        if (plan.hasTerms()) {
            root.add(topicQuery(plan, designators), Occur.MUST);
        } else {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        if (!plan.places().places().isEmpty()) {
            root.add(anyOf(PLACE_KEY, plan.places().places()), Occur.FILTER);
        } else if (!plan.places().regions().isEmpty()) {
            root.add(anyOf(REGION_KEY, plan.places().regions()), Occur.FILTER);
        }
        if (!plan.places().documentIds().isEmpty()) {
            root.add(anyOf(DOCUMENT_ID, plan.places().documentIds()), Occur.FILTER);
        }
        if (!plan.scope().all()) {
            root.add(scopeFilter(plan.scope()), Occur.FILTER);
        }
        plan.type().ifPresent(t -> root.add(new TermQuery(new Term(TYPE, t.code())), Occur.FILTER));
        return root.build();
    }

    /**
     * The topic's clauses, one per distinct term: a term reached several ways (a word and another word's expansion,
     * the role words every "ai/bên nào" word brings) is one clause whose boost is the sum of theirs, which scores the
     * same as the separate clauses (a term's score is linear in its boost) and looks the term up once.
     */
    private Query topicQuery(SearchPlan plan, Set<String> designators) {
        Map<Term, Float> boosts = new LinkedHashMap<>();
        for (QueryTerm t : plan.terms()) {
            float factor = (t.weak() ? WEAK_FACTOR : 1f) * (designators.contains(t.folded()) ? DESIGNATOR_FACTOR : 1f);
            boosts.merge(new Term(TEXT_FOLDED, t.folded()), FOLDED_BOOST * factor, Float::sum);
            if (t.prefersExact()) {
                boosts.merge(new Term(TEXT_EXACT, t.lower()), EXACT_BOOST * factor, Float::sum);
            }
            for (List<String> alt : t.alternatives()) {
                boosts.merge(new Term(TEXT_FOLDED, phraseTerm(alt)), EXPANSION_BOOST, Float::sum);
            }
        }
        for (QueryTerm[] b : plan.bigrams()) {
            float factor = (b[0].weak() || b[1].weak() ? WEAK_FACTOR : 1f)
                    * (designators.contains(b[0].folded()) && designators.contains(b[1].folded()) ? DESIGNATOR_FACTOR : 1f);
            boosts.merge(new Term(TEXT_FOLDED, b[0].folded() + " " + b[1].folded()), FOLDED_BOOST * BIGRAM_FACTOR * factor, Float::sum);
            if (b[0].prefersExact() || b[1].prefersExact()) {
                boosts.merge(new Term(TEXT_EXACT, b[0].lower() + " " + b[1].lower()), EXACT_BOOST * BIGRAM_FACTOR * factor, Float::sum);
            }
        }
        BooleanQuery.Builder topic = new BooleanQuery.Builder();
        boosts.forEach((term, boost) -> topic.add(boost(new TermQuery(term), boost), Occur.SHOULD));
        return topic.build();
    }

    /** A one-word alternative is a unigram, a longer one is looked up by its first bigram. */
    private static String phraseTerm(List<String> words) {
        return words.size() == 1 ? words.get(0) : words.get(0) + " " + words.get(1);
    }

    /** Sources of the scope's units, or national ones when it includes them; a scope of nothing matches nothing. */
    private static Query scopeFilter(SourceScope scope) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        scope.units().forEach(u -> any.add(new TermQuery(new Term(UNIT, u)), Occur.SHOULD));
        if (scope.national()) {
            any.add(new TermQuery(new Term(LEVEL, AdministrativeLevel.NATIONAL.code())), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query anyOf(String field, List<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        return any.build();
    }

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }
}
