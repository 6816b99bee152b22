import NotFoundNotice from "@/components/share/NotFoundNotice";

export default function ArticleNotFound() {
  return <NotFoundNotice what="article" />;
}
