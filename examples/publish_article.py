"""Publish one article to tally with a plain kafka-python producer.

    KAFKA_BOOTSTRAP=127.0.0.1:9092 python examples/publish_article.py [article.json]

Without a file it sends a short sample article. The key is the article id; the value is the
article as JSON (see schemas/json/Article.schema.json). tally answers on `incident-state`.
"""

import datetime as dt
import json
import os
import sys
from pathlib import Path

from kafka import KafkaProducer

SAMPLE = {
    "id": "example-0001",
    "published_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    "outlet": "Example Wire",
    "title": "Flash floods in the northern hills",
    "body": (
        "MZUZU - Flash floods in northern Malawi killed 14 people and injured 30 others on "
        "Tuesday, the Department of Disaster Management Affairs said."
    ),
}


def main() -> None:
    article = json.loads(Path(sys.argv[1]).read_text()) if len(sys.argv) > 1 else SAMPLE
    producer = KafkaProducer(
        bootstrap_servers=os.environ.get("KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
        acks="all",
        key_serializer=str.encode,
        value_serializer=lambda value: json.dumps(value).encode(),
    )
    topic = os.environ.get("TALLY_TOPIC_ARTICLES", "articles")
    metadata = producer.send(topic, key=article["id"], value=article).get(timeout=30)
    producer.close()
    print(f"published {article['id']} to {topic} partition {metadata.partition}")


if __name__ == "__main__":
    main()
