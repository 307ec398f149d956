package index

import _ "embed"

// ArticleSchema is the JSON Schema (draft 2020-12) of a vnnews.article/v1
// record, as shipped in schema/article.v1.schema.json.
//
//go:embed schema/article.v1.schema.json
var ArticleSchema string

// ElasticsearchMapping is the index settings and mapping for loading a
// dump --format es-bulk into Elasticsearch or OpenSearch (index ESIndex),
// as shipped in schema/elasticsearch-mapping.json. Its analyzers need the
// analysis-icu plugin.
//
//go:embed schema/elasticsearch-mapping.json
var ElasticsearchMapping string
