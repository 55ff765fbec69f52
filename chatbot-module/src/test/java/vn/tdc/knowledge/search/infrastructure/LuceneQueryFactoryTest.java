package vn.tdc.knowledge.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.search.application.SearchPlan;
import vn.tdc.knowledge.testing.ContentDocuments;

class LuceneQueryFactoryTest {

    private final DocumentIndex index = ContentDocuments.sharedIndex();

    @Test
    void should_look_up_a_term_reached_several_ways_once_with_the_sum_of_its_boosts() {
        // given: "bên nào" and "lo" each bring the role words ("chủ trì", "phụ trách", …)
        SearchPlan plan = index.plan("bên nào lo việc tuyên truyền, ai phụ trách", 8, Optional.empty());

        // when
        List<Query> clauses = topicClauses(new LuceneQueryFactory().build(plan));

        // then
        List<Term> terms = clauses.stream().map(LuceneQueryFactoryTest::termOf).toList();
        assertThat(terms).doesNotHaveDuplicates();
        Query roleWord = clauses.stream().filter(q -> termOf(q).text().equals("chu tri")).findFirst().orElseThrow();
        assertThat(roleWord).isInstanceOf(BoostQuery.class);
        assertThat(((BoostQuery) roleWord).getBoost()).isGreaterThan(LuceneQueryFactory.EXPANSION_BOOST);
    }

    private static List<Query> topicClauses(Query root) {
        BooleanQuery topic = (BooleanQuery) ((BooleanQuery) root).clauses().stream()
                .filter(c -> c.getOccur() == BooleanClause.Occur.MUST).findFirst().orElseThrow().getQuery();
        List<Query> clauses = new ArrayList<>();
        topic.clauses().forEach(c -> clauses.add(c.getQuery()));
        return clauses;
    }

    private static Term termOf(Query q) {
        Query inner = q instanceof BoostQuery b ? b.getQuery() : q;
        return ((TermQuery) inner).getTerm();
    }
}
