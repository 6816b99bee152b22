import NotFoundNotice from "@/components/share/NotFoundNotice";

export default function CountyNotFound() {
  return <NotFoundNotice what="county" />;
}
