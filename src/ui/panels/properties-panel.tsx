export default function PropertiesPanel() {
  return <p>Select a table to edit it.</p>;
}
