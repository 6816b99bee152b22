import { exampleUrl, type EndpointDoc } from "@/lib/api/endpoints";
import styles from "./data-pages.module.css";

type Props = { endpoints: EndpointDoc[]; ids: { article: string | null; county: string } };

/** Endpoints as documentation: path, what it answers, its parameters and an example that runs. */
export default function EndpointList({ endpoints, ids }: Props) {
  return (
    <ul className={styles.list}>
      {endpoints.map((e) => {
        const example = exampleUrl(e.example, ids);
        return (
          <li key={e.path} className={styles.item} data-testid="endpoint" data-path={e.path}>
            <h3 className={styles.path}>GET {e.path}</h3>
            <p>{e.summary}</p>
            {e.params.length > 0 && (
              <ul className={styles.params}>
                {e.params.map((p) => (
                  <li key={p.name}>
                    <code>{p.name}</code>：{p.doc}
                  </li>
                ))}
              </ul>
            )}
            <p>返回：{e.returns}</p>
            <p className={styles.example}>
              例：
              <a href={example} data-testid="api-example" data-format={e.format}>
                {example}
              </a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
